import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// Service Bus, Event Hubs, Relay and IoT Hub connection strings: `Endpoint=sb://<ns>.servicebus.windows.net/;` or
// `HostName=<hub>.azure-devices.net;` then `SharedAccessKeyName=<policy>;SharedAccessKey=<key>`, the key 32 bytes in
// base64 (44 characters ending `=`) (https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-sas,
// https://learn.microsoft.com/en-us/azure/iot-hub/authenticate-authorize-sas).
export default defineDetector({
  id: 'azure-shared-access-key',
  provider: 'azure-shared-access',
  tokenKind: 'shared-access-key',
  keywords: ['sharedaccesskey='],
  pattern: /\bSharedAccessKey=(?<secret>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/g,
  enrich: (_secret, input) => {
    const line = input.text.slice(Math.max(0, input.index - 400), input.index);
    const host = /(?:Endpoint=sb:\/\/|HostName=)([a-z0-9.-]{1,200})/i.exec(line)?.[1];
    const policy = /SharedAccessKeyName=([^;\s"'`]{1,128})/i.exec(line)?.[1];
    const facts: Record<string, string> = {};
    if (host) facts.host = host.toLowerCase();
    if (policy) facts.policy = policy;
    return { facts };
  },
  fingerprintParts: ['host'],
  redaction: { kind: 'none' },
  docs: {
    url: 'https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-sas',
    rotate: 'regenerate the key of the shared access policy (portal, or az servicebus namespace authorization-rule keys renew)',
  },
  examples: () => ({
    positive: [
      { text: (k) => `SERVICEBUS=Endpoint=sb://acme-prod.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${k}`, secret: fake.base64(43) + '=' },
      { text: (k) => `"IotHub": "HostName=plant-7.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=${k}"`, secret: fake.base64(43) + '=' },
      { text: (k) => `eh_conn = "Endpoint=sb://telemetry.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${k};EntityPath=events"`, secret: fake.base64(43) + '=' },
    ],
    negative: [
      { text: 'SharedAccessKeyName=[policy name];SharedAccessKey=[key goes here];', why: 'bracketed placeholders' },
      { text: 'SharedAccessKey=<your-key>', why: 'angle-bracket placeholder' },
    ],
  }),
});

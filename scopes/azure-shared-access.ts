import { offlineOnly } from './lib/offline-only.js';

// Offline-only: a shared access key signs SAS tokens for its namespace or hub; checking it means signing a request, which this tool does not do yet.
export default offlineOnly({
  id: 'azure-shared-access',
  name: 'Azure shared access key',
  because: 'a shared access key of a Service Bus, Event Hubs, Relay or IoT Hub namespace: it signs tokens with every right its policy holds (Manage includes deleting entities)',
  remediation: 'Use Microsoft Entra ID (managed identity) or a policy with only Send or Listen rights, then regenerate the key of the shared access policy it came from.',
});

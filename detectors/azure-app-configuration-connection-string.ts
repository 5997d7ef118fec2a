import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// Azure App Configuration connection strings: `Endpoint=https://<store>.azconfig.io;Id=<credential id>;Secret=<secret>`,
// the secret a base64 HMAC key of 32 bytes (44 characters ending `=`)
// (https://learn.microsoft.com/en-us/azure/azure-app-configuration/rest-api-authentication-hmac).
export default defineDetector({
  id: 'azure-app-configuration-connection-string',
  provider: 'azure-app-configuration',
  tokenKind: 'access-key',
  keywords: ['.azconfig.io;'],
  // The match starts at the literal host suffix, so each quantifier runs once per occurrence (a bounded store-name
  // run before it made the ReDoS proof take minutes); the store name is read back in enrich.
  pattern: /\.azconfig\.io;Id=([^;\s"'`]+);Secret=(?<secret>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/gi,
  enrich: (_secret, input) => {
    const store = /([a-z0-9-]{1,50})$/i.exec(input.text.slice(Math.max(0, input.match.index - 50), input.match.index))?.[1] ?? '';
    const facts: Record<string, string> = store ? { host: `${store.toLowerCase()}.azconfig.io` } : {};
    return { facts, parts: { credentialId: input.match[1] } };
  },
  fingerprintParts: ['credentialId'],
  redaction: { kind: 'none' },
  docs: {
    url: 'https://learn.microsoft.com/en-us/azure/azure-app-configuration/rest-api-authentication-hmac',
    rotate: "the store's Access settings in the Azure portal (regenerate the key), or az appconfig credential regenerate",
  },
  examples: () => ({
    positive: [
      { text: (s) => `APP_CONFIG_CONNECTION=Endpoint=https://acme-prod.azconfig.io;Id=${fake.alnum(4)}-l0-s0:${fake.alnum(20)};Secret=${s}`, secret: fake.base64(43) + '=' },
      { text: (s) => `  "AppConfig": "Endpoint=https://orders-cfg.azconfig.io;Id=${fake.alnum(4)}-l9-s0:${fake.alnum(20)};Secret=${s}"`, secret: fake.base64(43) + '=' },
      { text: (s) => `const cs = 'Endpoint=https://cfg-staging.azconfig.io;Id=${fake.alnum(4)}-l1-s0:${fake.alnum(20)};Secret=${s}';`, secret: fake.base64(43) + '=' },
    ],
    negative: [
      { text: 'az appconfig kv list --connection-string "Endpoint=https://contoso.azconfig.io;Id=xxx;Secret=xxx"', why: 'placeholder credential' },
      { text: 'Endpoint=https://contoso.azconfig.io;Id=<id>;Secret=<secret>', why: 'angle-bracket placeholders' },
    ],
  }),
});

import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// EasyPost API keys start EZAK (production) or EZTK (test) followed by 54 alphanumerics
// (https://docs.easypost.com/docs/authentication; layout observed, UNCONFIRMED). A production key buys labels charged
// to the account and reads its shipments' addresses.
export default defineDetector({
  id: 'easypost-api-key',
  provider: 'easypost',
  tokenKind: 'production-api-key',
  keywords: ['ezak', 'eztk'],
  pattern: /\b(EZ[AT]K[A-Za-z0-9]{54})\b/g,
  check: (secret) => randomBody(secret.slice(4)),
  enrich: (secret) => ({ tokenKind: secret.startsWith('EZAK') ? 'production-api-key' : 'test-api-key' }),
  redaction: { kind: 'prefix', prefix: /^EZ[AT]K/ },
  docs: { url: 'https://docs.easypost.com/docs/authentication', rotate: 'https://www.easypost.com/account/api-keys' },
  examples: () => ({
    positive: [
      { text: (t) => `EASYPOST_API_KEY=${t}`, secret: 'EZAK' + fake.alnum(54), variable: 'EASYPOST_API_KEY' },
      { text: (t) => `client = easypost.EasyPostClient("${t}")`, secret: 'EZTK' + fake.alnum(54) },
      { text: (t) => `curl https://api.easypost.com/v2/shipments -u "${t}:"`, secret: 'EZAK' + fake.alnum(54) },
    ],
    negative: [
      { text: `EASYPOST_API_KEY=EZAK${fake.alnum(20)}`, why: 'near miss: 20 characters after the prefix' },
      { text: 'EASYPOST_API_KEY=EZAK' + 'x'.repeat(54), why: 'a placeholder of one repeated character' },
    ],
  }),
});

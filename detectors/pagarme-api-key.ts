import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Pagar.me API keys (API v1-v4) open ak_, then live or test, then random characters
// (https://docs.pagar.me/v2/docs/api-key-e-encryption-key: "A API key começa com o prefixo ak_, os próximos 4 dígitos
// identificam qual o ambiente"); the 30 alphanumerics after ak_live_ or ak_test_ are observed (UNCONFIRMED). The
// encryption key (ek_) is public and not reported. A live key creates transactions, refunds and transfers out of the
// company's balance.
const key = (env: string) => `ak_${env}_${fake.alnum(30)}`;

export default defineDetector({
  id: 'pagarme-api-key',
  provider: 'pagarme',
  tokenKind: 'live-api-key',
  keywords: ['ak_live_', 'ak_test_'],
  pattern: /(?<![A-Za-z0-9_-])(ak_(?:live|test)_[A-Za-z0-9]{24,40})(?![A-Za-z0-9_-])/g,
  check: (secret) => randomBody(secret.slice(8), 3.5),
  enrich: (secret) => ({ tokenKind: secret.startsWith('ak_test_') ? 'test-api-key' : 'live-api-key', facts: { shape: 'unconfirmed' } }),
  redaction: { kind: 'prefix', prefix: /^ak_(?:live|test)_/ },
  docs: { url: 'https://docs.pagar.me/v2/docs/api-key-e-encryption-key', rotate: 'https://dashboard.pagar.me/#/myaccount/apikeys' },
  examples: () => ({
    positive: [
      { text: (t) => `PAGARME_API_KEY=${t}`, secret: key('live'), variable: 'PAGARME_API_KEY' },
      { text: (t) => `pagarme.client.connect({ api_key: '${t}' })`, secret: key('live'), path: 'pay.js' },
      { text: (t) => `pagarme:\n  api_key: ${t}\n`, secret: key('test') },
    ],
    negative: [
      { text: `PAGARME_API_KEY=ak_live_${fake.alnum(12)}`, why: 'near miss: 12 characters after the prefix' },
      { text: `PAGARME_ENCRYPTION_KEY=ek_live_${fake.alnum(30)}`, why: 'the public encryption key' },
      { text: `PAGARME_API_KEY=ak_live_${'x'.repeat(30)}`, why: 'a placeholder of one repeated character' },
    ],
  }),
});

import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Fleetbase secret API keys start flb_live_ (live mode) or flb_test_ (test mode) (https://docs.fleetbase.io/developers/api).
// The body's length and alphabet are not documented (UNCONFIRMED): 20–64 alphanumerics that look drawn.
export default defineDetector({
  id: 'fleetbase-secret-key',
  provider: 'fleetbase',
  tokenKind: 'secret-key',
  keywords: ['flb_live_', 'flb_test_'],
  pattern: /\b(flb_(?:live|test)_[A-Za-z0-9]{20,64})(?![A-Za-z0-9_-])/g,
  check: (secret) => randomBody(secret.slice(9)),
  enrich: (secret) => ({ facts: { shape: 'unconfirmed', mode: secret.startsWith('flb_live_') ? 'live' : 'test' } }),
  redaction: { kind: 'prefix', prefix: /^flb_(?:live|test)_/ },
  docs: { url: 'https://docs.fleetbase.io/developers/api', rotate: 'https://console.fleetbase.io/developers/api-keys' },
  examples: () => ({
    positive: [
      { text: (t) => `FLEETBASE_KEY=${t}`, secret: 'flb_live_' + fake.alnum(32), variable: 'FLEETBASE_KEY' },
      { text: (t) => `const fleetbase = new Fleetbase('${t}');`, secret: 'flb_test_' + fake.alnum(32) },
      { text: (t) => `curl https://api.fleetbase.io/v1/orders -H "Authorization: Bearer ${t}"`, secret: 'flb_live_' + fake.alnum(40) },
    ],
    negative: [
      { text: `FLEETBASE_KEY=flb_live_${fake.alnum(10)}`, why: 'near miss: 10 characters after the prefix' },
      { text: 'FLEETBASE_KEY=flb_live_' + 'x'.repeat(32), why: 'placeholder' },
    ],
  }),
});

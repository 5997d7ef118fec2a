import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Duffel access tokens are duffel_live_ or duffel_test_ + 43 base64url characters
// (https://duffel.com/docs/api/overview/making-requests/authentication; length observed, UNCONFIRMED). A live token
// books and cancels flights and stays charged to the account's balance.
export default defineDetector({
  id: 'duffel-access-token',
  provider: 'duffel',
  tokenKind: 'live-access-token',
  keywords: ['duffel_live_', 'duffel_test_'],
  pattern: /\b(duffel_(?:live|test)_[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g,
  check: (secret) => randomBody(secret.slice(12)),
  enrich: (secret) => ({ tokenKind: secret.startsWith('duffel_live_') ? 'live-access-token' : 'test-access-token' }),
  redaction: { kind: 'prefix', prefix: /^duffel_(?:live|test)_/ },
  docs: { url: 'https://duffel.com/docs/api/overview/making-requests/authentication', rotate: 'https://app.duffel.com/tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `DUFFEL_ACCESS_TOKEN=${t}`, secret: 'duffel_live_' + fake.base64url(43), variable: 'DUFFEL_ACCESS_TOKEN' },
      { text: (t) => `const duffel = new Duffel({ token: '${t}' });`, secret: 'duffel_test_' + fake.base64url(43) },
      { text: (t) => `curl https://api.duffel.com/air/orders -H "Authorization: Bearer ${t}"`, secret: 'duffel_live_' + fake.base64url(43) },
    ],
    negative: [
      { text: `DUFFEL_ACCESS_TOKEN=duffel_live_${fake.alnum(20)}`, why: 'near miss: 20 characters after the prefix' },
      { text: 'DUFFEL_ACCESS_TOKEN=duffel_test_' + 'x'.repeat(43), why: 'a placeholder of one repeated character' },
    ],
  }),
});

import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// Shippo API tokens are shippo_live_ or shippo_test_ + 40 hex (https://docs.goshippo.com/docs/guides_general/authentication/;
// length observed, UNCONFIRMED). A live token buys postage labels charged to the account and reads its shipments'
// addresses.
export default defineDetector({
  id: 'shippo-api-token',
  provider: 'shippo',
  tokenKind: 'api-token',
  keywords: ['shippo_live_', 'shippo_test_'],
  pattern: /\b(shippo_(?:live|test)_[a-f0-9]{40})\b/g,
  check: (secret) => /[a-f]/.test(secret.slice(12)) && /[0-9]/.test(secret.slice(12)),
  enrich: (secret) => ({ tokenKind: secret.startsWith('shippo_live_') ? 'live-api-token' : 'test-api-token' }),
  redaction: { kind: 'prefix', prefix: /^shippo_(?:live|test)_/ },
  docs: { url: 'https://docs.goshippo.com/docs/guides_general/authentication/', rotate: 'https://apps.goshippo.com/settings/api' },
  examples: () => ({
    positive: [
      { text: (t) => `SHIPPO_API_KEY=${t}`, secret: 'shippo_live_' + fake.hex(40), variable: 'SHIPPO_API_KEY' },
      { text: (t) => `curl https://api.goshippo.com/shipments/ -H "Authorization: ShippoToken ${t}"`, secret: 'shippo_test_' + fake.hex(40) },
      { text: (t) => `shippo.config.api_key = "${t}"`, secret: 'shippo_live_' + fake.hex(40) },
    ],
    negative: [
      { text: `SHIPPO_API_KEY=shippo_live_${fake.hex(20)}`, why: 'near miss: 20 hex characters' },
      { text: 'SHIPPO_API_KEY=shippo_live_' + '0'.repeat(40), why: 'a placeholder of zeros' },
    ],
  }),
});

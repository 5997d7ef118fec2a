import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// Flutterwave v3 secret keys are FLWSECK- (live) or FLWSECK_TEST- (test) + 32 hex + -X
// (https://developer.flutterwave.com/docs/authentication; layout observed, UNCONFIRMED). A live secret key moves money:
// transfers, refunds and charges on the merchant account.
export default defineDetector({
  id: 'flutterwave-secret-key',
  provider: 'flutterwave',
  tokenKind: 'live-secret-key',
  keywords: ['flwseck-', 'flwseck_test-'],
  pattern: /\b(FLWSECK(?:_TEST)?-[a-f0-9]{32}-X)\b/g,
  check: (secret) => /[a-f]/.test(secret) && /[0-9]/.test(secret),
  enrich: (secret) => ({ tokenKind: secret.startsWith('FLWSECK_TEST-') ? 'test-secret-key' : 'live-secret-key' }),
  redaction: { kind: 'prefix', prefix: /^FLWSECK(?:_TEST)?-/ },
  docs: { url: 'https://developer.flutterwave.com/docs/authentication', rotate: 'https://app.flutterwave.com/dashboard/settings/apis' },
  examples: () => ({
    positive: [
      { text: (t) => `FLW_SECRET_KEY=${t}`, secret: `FLWSECK-${fake.hex(32)}-X`, variable: 'FLW_SECRET_KEY' },
      { text: (t) => `const flw = new Flutterwave(PUBLIC_KEY, '${t}');`, secret: `FLWSECK_TEST-${fake.hex(32)}-X` },
      { text: (t) => `curl https://api.flutterwave.com/v3/transfers -H "Authorization: Bearer ${t}"`, secret: `FLWSECK-${fake.hex(32)}-X` },
    ],
    negative: [
      { text: `FLW_SECRET_KEY=FLWSECK-${fake.hex(16)}-X`, why: 'near miss: 16 hex characters' },
      { text: `FLW_SECRET_KEY=FLWSECK-${'0'.repeat(32)}-X`, why: 'a placeholder of zeros' },
    ],
  }),
});

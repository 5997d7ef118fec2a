import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { random, variableIs } from './lib/context.js';
import { twilioCompanions, twilioContext } from './lib/twilio.js';

// An API key is a SID (SK + 32 hex, https://www.twilio.com/docs/iam/api-keys/key-resource-v1) and a secret of
// 32 alphanumerics (trufflehog pkg/detectors/twilioapikey). The SID alone grants nothing; the secret is
// reported, in an API-secret variable in a Twilio context, with the SID kept for the resolver.
export default defineDetector({
  id: 'twilio-api-key',
  provider: 'twilio',
  tokenKind: 'api-key',
  keywords: ['twilio'],
  pattern: /\b([A-Za-z0-9]{32})\b/g,
  check: (secret, input) => variableIs(input, /api[_-]?(?:key[_-]?)?secret/i) && twilioContext(input) && random(secret, 3.5),
  enrich: (_secret, input) => twilioCompanions(input.text),
  redaction: { kind: 'prefix', prefix: /^/ },
  docs: { url: 'https://www.twilio.com/docs/iam/api-keys', rotate: 'https://console.twilio.com/us1/account/keys-credentials/api-keys' },
  examples: () => ({
    positive: [
      { text: (t) => `TWILIO_API_SECRET=${t}`, secret: fake.alnum(32), variable: 'TWILIO_API_SECRET' },
      { text: (t) => `TWILIO_API_KEY=SK${fake.hex(32)}\nTWILIO_API_SECRET="${t}"`, secret: fake.alnum(32) },
      { text: (t) => `twilio:\n  account_sid: AC${fake.hex(32)}\n  api_key_secret: ${t}`, secret: fake.alnum(32) },
    ],
    negative: [
      { text: `TWILIO_API_KEY=SK${fake.hex(32)}`, why: 'the API key SID is an identifier, not the secret' },
      { text: `STRIPE_API_SECRET=${fake.alnum(32)}`, why: 'an API secret outside a Twilio context' },
    ],
  }),
});

import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { random, variableIs } from './lib/context.js';
import { twilioCompanions, twilioContext } from './lib/twilio.js';

// The Auth Token is 32 hex characters with no prefix, paired with the Account SID (trufflehog
// pkg/detectors/twilio/twilio.go; https://www.twilio.com/docs/iam/credentials/api): a Twilio token only in an
// auth-token variable in a Twilio context.
export default defineDetector({
  id: 'twilio-auth-token',
  provider: 'twilio',
  tokenKind: 'auth-token',
  keywords: ['twilio'],
  pattern: /\b([0-9a-f]{32})\b/g,
  check: (secret, input) => variableIs(input, /auth[_-]?token/i) && twilioContext(input) && random(secret, 3),
  enrich: (_secret, input) => twilioCompanions(input.text),
  redaction: { kind: 'prefix', prefix: /^/ },
  docs: { url: 'https://www.twilio.com/docs/iam/api-keys', rotate: 'https://console.twilio.com/us1/account/keys-credentials/api-keys' },
  examples: () => ({
    positive: [
      { text: (t) => `TWILIO_AUTH_TOKEN=${t}`, secret: fake.hex(32), variable: 'TWILIO_AUTH_TOKEN' },
      { text: (t) => `TWILIO_ACCOUNT_SID=AC${fake.hex(32)}\nTWILIO_AUTH_TOKEN="${t}"`, secret: fake.hex(32) },
      { text: (t) => `const twilio = require('twilio');\nconst authToken = '${t}';`, secret: fake.hex(32) },
    ],
    negative: [
      { text: `TWILIO_ACCOUNT_SID=AC${fake.hex(32)}`, why: 'the Account SID is an identifier, not the token' },
      { text: `GITHUB_AUTH_TOKEN=${fake.hex(32)}`, why: 'an auth token outside a Twilio context' },
    ],
  }),
});

import { defineNamedDetector } from './lib/named.js';

// Mailjet API secrets: 32 lower-case hex, found only where Mailjet's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://dev.mailjet.com/email/guides/#authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'mailjet-api-secret',
  provider: 'mailjet',
  tokenKind: 'api-secret',
  names: ['mailjet'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://dev.mailjet.com/email/guides/#authentication', rotate: 'https://app.mailjet.com/account/apikeys' },
});

import { defineNamedDetector } from './lib/named.js';

// Vonage (Nexmo) API secrets: 16 letters and digits, found only where Vonage (Nexmo)'s name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developer.vonage.com/en/getting-started/concepts/authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'vonage-api-secret',
  provider: 'vonage',
  tokenKind: 'api-secret',
  names: ['vonage', 'nexmo'],
  value: { alphabet: 'alnum', length: 16 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developer.vonage.com/en/getting-started/concepts/authentication', rotate: 'https://dashboard.nexmo.com/settings' },
});

import { defineNamedDetector } from './lib/named.js';

// Plivo auth tokens: 40 letters and digits, found only where Plivo's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://www.plivo.com/docs/sms/api/overview/#authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'plivo-auth-token',
  provider: 'plivo',
  tokenKind: 'auth-token',
  names: ['plivo'],
  value: { alphabet: 'alnum', length: 40 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://www.plivo.com/docs/sms/api/overview/#authentication', rotate: 'https://console.plivo.com/dashboard/' },
});

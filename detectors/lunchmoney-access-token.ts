import { defineNamedDetector } from './lib/named.js';

// Lunch Money access tokens: 50 hex characters, found only where Lunch Money's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: the shape is the one keys are issued in, not a documented grammar; the API is described at https://lunchmoney.dev/#authentication.
export default defineNamedDetector({
  id: 'lunchmoney-access-token',
  provider: 'lunchmoney',
  tokenKind: 'access-token',
  names: ['lunchmoney', 'lunch_money'],
  value: { alphabet: 'hex', length: 50 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://lunchmoney.dev/#authentication', rotate: 'https://my.lunchmoney.app/developers' },
});

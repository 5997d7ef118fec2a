import { defineNamedDetector } from './lib/named.js';

// Calendarific API keys: 20–64 alphanumerics, found only where Calendarific's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://calendarific.com/api-documentation does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'calendarific-api-key',
  provider: 'calendarific',
  names: ['calendarific'],
  value: { alphabet: 'alnum', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://calendarific.com/api-documentation', rotate: 'https://calendarific.com/account' },
});

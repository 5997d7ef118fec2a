import { defineNamedDetector } from './lib/named.js';

// Finnhub API keys: 20 lower-case letters and digits, found only where Finnhub's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://finnhub.io/docs/api/authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'finnhub-api-key',
  provider: 'finnhub',
  names: ['finnhub'],
  value: { alphabet: 'lower-alnum', length: 20 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://finnhub.io/docs/api/authentication', rotate: 'https://finnhub.io/dashboard' },
});

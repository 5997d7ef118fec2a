import { defineNamedDetector } from './lib/named.js';

// Snappy API keys: 20–64 alphanumerics, found only where Snappy's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://github.com/BeSnappy/api-docs does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'besnappy-api-key',
  provider: 'besnappy',
  names: ['besnappy'],
  value: { alphabet: 'alnum', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://github.com/BeSnappy/api-docs', rotate: 'https://app.besnappy.com/' },
});

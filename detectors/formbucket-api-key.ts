import { defineNamedDetector } from './lib/named.js';

// FormBucket API keys: 20–64 alphanumerics, found only where FormBucket's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://formbucket.com/docs does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'formbucket-api-key',
  provider: 'formbucket',
  names: ['formbucket'],
  value: { alphabet: 'alnum', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://formbucket.com/docs', rotate: 'https://formbucket.com/' },
});

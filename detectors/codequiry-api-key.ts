import { defineNamedDetector } from './lib/named.js';

// Codequiry API keys: 20–80 alphanumerics, found only where Codequiry's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://codequiry.com/usage/api does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'codequiry-api-key',
  provider: 'codequiry',
  names: ['codequiry'],
  value: { alphabet: 'alnum', length: [20, 80] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://codequiry.com/usage/api', rotate: 'https://dashboard.codequiry.com/' },
});

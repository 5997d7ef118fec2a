import { defineNamedDetector } from './lib/named.js';

// Feedier API keys: 20–64 alphanumerics, found only where Feedier's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://feedier.com/api/ does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'feedier-api-key',
  provider: 'feedier',
  names: ['feedier'],
  value: { alphabet: 'alnum', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://feedier.com/api/', rotate: 'https://app.feedier.com/' },
});

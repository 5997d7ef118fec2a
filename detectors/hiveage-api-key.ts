import { defineNamedDetector } from './lib/named.js';

// Hiveage API keys: 20–64 alphanumerics, found only where Hiveage's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://www.hiveage.com/api/ does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'hiveage-api-key',
  provider: 'hiveage',
  names: ['hiveage'],
  value: { alphabet: 'alnum', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://www.hiveage.com/api/', rotate: 'https://www.hiveage.com/' },
});

import { defineNamedDetector } from './lib/named.js';

// Apifonica API keys: 20–64 alphanumerics, found only where Apifonica's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://www.apifonica.com/en/docs/api/ does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'apifonica-api-key',
  provider: 'apifonica',
  names: ['apifonica'],
  value: { alphabet: 'alnum', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://www.apifonica.com/en/docs/api/', rotate: 'https://my.apifonica.com/' },
});

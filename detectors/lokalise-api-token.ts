import { defineNamedDetector } from './lib/named.js';

// Lokalise API tokens: 20–64 alphanumerics, found only where Lokalise's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://lokalise.com/blog/lokalise-api/: the docs do not state the length or alphabet.
export default defineNamedDetector({
  id: 'lokalise-api-token',
  provider: 'lokalise',
  tokenKind: 'api-token',
  names: ['lokalise'],
  value: { alphabet: 'alnum', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://lokalise.com/blog/lokalise-api/', rotate: 'https://app.lokalise.com/profile#apitokens' },
});

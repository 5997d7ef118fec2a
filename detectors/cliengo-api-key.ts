import { defineNamedDetector } from './lib/named.js';

// Cliengo API keys: 20–64 alphanumerics, found only where Cliengo's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developers.cliengo.com/ does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'cliengo-api-key',
  provider: 'cliengo',
  names: ['cliengo'],
  value: { alphabet: 'alnum', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developers.cliengo.com/', rotate: 'https://app.cliengo.com/' },
});

import { defineNamedDetector } from './lib/named.js';

// Happy Scribe API keys: 20–64 alphanumerics, found only where Happy Scribe's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://dev.happyscribe.com/sections/authentification/ does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'happyscribe-api-key',
  provider: 'happyscribe',
  names: ['happyscribe', 'happy_scribe'],
  value: { alphabet: 'alnum', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://dev.happyscribe.com/sections/authentification/', rotate: 'https://www.happyscribe.com/account/api' },
});

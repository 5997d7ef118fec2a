import { defineNamedDetector } from './lib/named.js';

// EcoStruxure IT API keys: 20–80 alphanumerics, found only where EcoStruxure IT's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://api.ecostruxureit.com/rest/docs/ does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'ecostruxure-api-key',
  provider: 'ecostruxure',
  names: ['ecostruxure', 'ecostruxureit', 'ecostruxure_it'],
  value: { alphabet: 'alnum', length: [20, 80] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://api.ecostruxureit.com/rest/docs/', rotate: 'https://app.ecostruxureit.com/' },
});

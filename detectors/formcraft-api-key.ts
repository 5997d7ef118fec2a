import { defineNamedDetector } from './lib/named.js';

// FormCraft API keys: 16–64 alphanumerics, found only where FormCraft's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://formcraft-wp.com/help/ does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'formcraft-api-key',
  provider: 'formcraft',
  names: ['formcraft'],
  value: { alphabet: 'alnum', length: [16, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://formcraft-wp.com/help/', rotate: 'https://formcraft-wp.com/' },
});

import { defineNamedDetector } from './lib/named.js';

// Appointedd API keys: 20–100 alphanumerics, found only where Appointedd's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developers.appointedd.com/ does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'appointedd-api-key',
  provider: 'appointedd',
  names: ['appointedd'],
  value: { alphabet: 'alnum', length: [20, 100] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developers.appointedd.com/', rotate: 'https://app.appointedd.com/' },
});

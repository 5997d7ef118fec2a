import { defineNamedDetector } from './lib/named.js';

// Holistic.dev API keys: 20–100 alphanumerics, found only where Holistic.dev's name names the value (detectors/lib/named.ts).
// 'holistic' alone is a common word: only spellings that name the product count.
// UNCONFIRMED: https://docs.holistic.dev/ does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'holistic-api-key',
  provider: 'holistic',
  names: ['holistic_dev', 'holisticdev'],
  value: { alphabet: 'alnum', length: [20, 100] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.holistic.dev/', rotate: 'https://app.holistic.dev/' },
});

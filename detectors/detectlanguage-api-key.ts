import { defineNamedDetector } from './lib/named.js';

// Detect Language API keys: 32 lower-case hex characters, found only where Detect Language's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://detectlanguage.com/documentation does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'detectlanguage-api-key',
  provider: 'detectlanguage',
  names: ['detectlanguage', 'detect_language'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://detectlanguage.com/documentation', rotate: 'https://detectlanguage.com/account' },
});

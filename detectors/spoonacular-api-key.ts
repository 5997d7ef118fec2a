import { defineNamedDetector } from './lib/named.js';

// Spoonacular API keys: 32 lower-case hex, found only where Spoonacular's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://spoonacular.com/food-api/docs#Authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'spoonacular-api-key',
  provider: 'spoonacular',
  names: ['spoonacular'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://spoonacular.com/food-api/docs#Authentication', rotate: 'https://spoonacular.com/food-api/console#Profile' },
});

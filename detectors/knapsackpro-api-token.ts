import { defineNamedDetector } from './lib/named.js';

// Knapsack Pro API tokens: 32 lower-case hex characters, found only where Knapsack Pro's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.knapsackpro.com/ does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'knapsackpro-api-token',
  provider: 'knapsackpro',
  tokenKind: 'api-token',
  names: ['knapsackpro', 'knapsack_pro'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.knapsackpro.com/', rotate: 'https://knapsackpro.com/dashboard' },
});

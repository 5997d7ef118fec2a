import { defineNamedDetector } from './lib/named.js';

// Dandelion API API tokens: 32 lower-case hex characters, found only where Dandelion API's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://dandelion.eu/docs/api/authentication/ does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'dandelion-api-token',
  provider: 'dandelion',
  tokenKind: 'api-token',
  names: ['dandelion'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://dandelion.eu/docs/api/authentication/', rotate: 'https://dandelion.eu/profile/dashboard/' },
});

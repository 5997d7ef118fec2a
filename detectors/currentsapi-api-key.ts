import { defineNamedDetector } from './lib/named.js';

// Currents API API keys: 20–64 URL-safe base64 characters, found only where Currents API's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://currentsapi.services/en/docs/ does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'currentsapi-api-key',
  provider: 'currentsapi',
  names: ['currentsapi', 'currents_api'],
  value: { alphabet: 'base64url', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://currentsapi.services/en/docs/', rotate: 'https://currentsapi.services/en/profile' },
});

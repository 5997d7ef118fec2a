import { defineNamedDetector } from './lib/named.js';

// Cloudsmith API keys: 40 hex characters, found only where Cloudsmith's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.cloudsmith.com/accounts-and-teams/api-key does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'cloudsmith-api-key',
  provider: 'cloudsmith',
  names: ['cloudsmith'],
  value: { alphabet: 'any-hex', length: 40 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.cloudsmith.com/accounts-and-teams/api-key', rotate: 'https://cloudsmith.io/user/settings/api/' },
});

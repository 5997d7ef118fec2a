import { defineNamedDetector } from './lib/named.js';

// BorgBase API tokens: a JWT, found only where BorgBase's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.borgbase.com/api/ does not state the token format (tokens are issued as JWTs); the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'borgbase-api-token',
  provider: 'borgbase',
  tokenKind: 'api-token',
  names: ['borgbase'],
  value: { alphabet: 'jwt' },
  unconfirmed: 'the docs do not state the token format (tokens are issued as JWTs)',
  docs: { url: 'https://docs.borgbase.com/api/', rotate: 'https://www.borgbase.com/account?tab=2' },
});

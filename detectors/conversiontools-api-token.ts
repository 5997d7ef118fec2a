import { defineNamedDetector } from './lib/named.js';

// Conversion Tools API tokens: a JWT, found only where Conversion Tools's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://conversiontools.io/api-documentation does not state the token format (tokens are issued as JWTs); the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'conversiontools-api-token',
  provider: 'conversiontools',
  tokenKind: 'api-token',
  names: ['conversiontools', 'conversion_tools'],
  value: { alphabet: 'jwt' },
  unconfirmed: 'the docs do not state the token format (tokens are issued as JWTs)',
  docs: { url: 'https://conversiontools.io/api-documentation', rotate: 'https://conversiontools.io/profile' },
});

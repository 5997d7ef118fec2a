import { defineNamedDetector } from './lib/named.js';

// Front API tokens: a JWT, found only where Front's name names the value (detectors/lib/named.ts).
// 'front' alone is a common word: only spellings that name Front's app count.
// UNCONFIRMED: https://dev.frontapp.com/docs/create-and-revoke-api-tokens does not state the token format (tokens are issued as JWTs); the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'frontapp-api-token',
  provider: 'frontapp',
  tokenKind: 'api-token',
  names: ['frontapp', 'front_app'],
  value: { alphabet: 'jwt' },
  unconfirmed: 'the docs do not state the token format (tokens are issued as JWTs)',
  docs: { url: 'https://dev.frontapp.com/docs/create-and-revoke-api-tokens', rotate: 'https://app.frontapp.com/settings/developers/tokens' },
});

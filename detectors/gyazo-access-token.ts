import { defineNamedDetector } from './lib/named.js';

// Gyazo access tokens: 20–64 URL-safe base64 characters, found only where Gyazo's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://gyazo.com/api/docs/auth does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'gyazo-access-token',
  provider: 'gyazo',
  tokenKind: 'access-token',
  names: ['gyazo'],
  value: { alphabet: 'base64url', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://gyazo.com/api/docs/auth', rotate: 'https://gyazo.com/oauth/applications' },
});

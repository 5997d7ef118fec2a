import { defineNamedDetector } from './lib/named.js';

// Auth0 client secrets: 64 URL-safe base64 characters, found only where Auth0's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://auth0.com/docs/get-started/applications/application-settings does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'auth0-client-secret',
  provider: 'auth0',
  tokenKind: 'client-secret',
  names: ['auth0'],
  value: { alphabet: 'base64url', length: 64 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://auth0.com/docs/get-started/applications/application-settings', rotate: 'https://manage.auth0.com/' },
});

import { defineNamedDetector } from './lib/named.js';

// Gumroad access tokens: 20–64 URL-safe base64 characters, found only where Gumroad's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://app.gumroad.com/api#api-authentication does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'gumroad-access-token',
  provider: 'gumroad',
  tokenKind: 'access-token',
  names: ['gumroad'],
  value: { alphabet: 'base64url', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://app.gumroad.com/api#api-authentication', rotate: 'https://app.gumroad.com/settings/advanced#application-form' },
});

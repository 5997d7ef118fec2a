import { defineNamedDetector } from './lib/named.js';

// Chec (Commerce.js) secret keys: 20–80 URL-safe base64 characters, found only where Chec (Commerce.js)'s name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://commercejs.com/docs/api/#authentication does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'checio-secret-key',
  provider: 'checio',
  tokenKind: 'secret-key',
  names: ['checio', 'chec_io', 'commercejs', 'commerce_js'],
  value: { alphabet: 'base64url', length: [20, 80] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://commercejs.com/docs/api/#authentication', rotate: 'https://dashboard.chec.io/settings/developer' },
});

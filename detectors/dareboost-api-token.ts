import { defineNamedDetector } from './lib/named.js';

// Dareboost API tokens: 20–80 URL-safe base64 characters, found only where Dareboost's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://www.dareboost.com/en/documentation-api does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'dareboost-api-token',
  provider: 'dareboost',
  tokenKind: 'api-token',
  names: ['dareboost'],
  value: { alphabet: 'base64url', length: [20, 80] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://www.dareboost.com/en/documentation-api', rotate: 'https://www.dareboost.com/en/profile/api' },
});

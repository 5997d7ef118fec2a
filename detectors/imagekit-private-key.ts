import { defineNamedDetector } from './lib/named.js';

// ImageKit private keys: 30–60 base64 characters starting private_, found only where ImageKit's name names the value (detectors/lib/named.ts).
// Private keys start private_ (public ones public_): https://docs.imagekit.io/api-reference/api-introduction/api-keys.
// UNCONFIRMED: https://docs.imagekit.io/api-reference/api-introduction/api-keys does not state the length after private_; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'imagekit-private-key',
  provider: 'imagekit',
  tokenKind: 'private-key',
  names: ['imagekit'],
  value: { alphabet: 'base64', length: [30, 60], prefix: 'private_' },
  unconfirmed: 'the docs do not state the length after private_',
  docs: { url: 'https://docs.imagekit.io/api-reference/api-introduction/api-keys', rotate: 'https://imagekit.io/dashboard/developer/api-keys' },
});

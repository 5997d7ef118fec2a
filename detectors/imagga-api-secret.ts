import { defineNamedDetector } from './lib/named.js';

// Imagga API secrets: 20–64 alphanumerics, found only where Imagga's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.imagga.com/#authentication does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'imagga-api-secret',
  provider: 'imagga',
  tokenKind: 'api-secret',
  names: ['imagga'],
  value: { alphabet: 'alnum', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.imagga.com/#authentication', rotate: 'https://imagga.com/profile/dashboard' },
});

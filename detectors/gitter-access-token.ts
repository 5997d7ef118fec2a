import { defineNamedDetector } from './lib/named.js';

// Gitter access tokens: 40 lower-case hex characters, found only where Gitter's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developer.gitter.im/docs/authentication does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'gitter-access-token',
  provider: 'gitter',
  tokenKind: 'access-token',
  names: ['gitter'],
  value: { alphabet: 'hex', length: 40 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developer.gitter.im/docs/authentication', rotate: 'https://developer.gitter.im/apps' },
});

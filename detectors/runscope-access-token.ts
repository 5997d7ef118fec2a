import { defineNamedDetector } from './lib/named.js';

// Runscope access tokens: a UUID, found only where Runscope's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://www.runscope.com/docs/api/authentication does not state the token format; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'runscope-access-token',
  provider: 'runscope',
  tokenKind: 'access-token',
  names: ['runscope'],
  value: { alphabet: 'uuid' },
  unconfirmed: 'the docs do not state the token format',
  docs: { url: 'https://www.runscope.com/docs/api/authentication', rotate: 'https://www.runscope.com/applications' },
});

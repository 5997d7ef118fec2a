import { defineNamedDetector } from './lib/named.js';

// Browshot API keys: 20–64 alphanumerics, found only where Browshot's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://browshot.com/api/documentation does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'browshot-api-key',
  provider: 'browshot',
  names: ['browshot'],
  value: { alphabet: 'alnum', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://browshot.com/api/documentation', rotate: 'https://browshot.com/dashboard' },
});

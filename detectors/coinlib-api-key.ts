import { defineNamedDetector } from './lib/named.js';

// Coinlib API keys: 16 hex characters, found only where Coinlib's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://coinlib.io/apidocs does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'coinlib-api-key',
  provider: 'coinlib',
  names: ['coinlib'],
  value: { alphabet: 'any-hex', length: 16 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://coinlib.io/apidocs', rotate: 'https://coinlib.io/profile' },
});

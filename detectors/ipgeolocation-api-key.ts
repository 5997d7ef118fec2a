import { defineNamedDetector } from './lib/named.js';

// IPGeolocation API keys: 32 lower-case hex characters, found only where IPGeolocation's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://ipgeolocation.io/documentation.html does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'ipgeolocation-api-key',
  provider: 'ipgeolocation',
  names: ['ipgeolocation'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://ipgeolocation.io/documentation.html', rotate: 'https://app.ipgeolocation.io/' },
});

import { defineNamedDetector } from './lib/named.js';

// IP2Location API keys: 20–64 upper-case alphanumerics, found only where IP2Location's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://www.ip2location.io/ip2location-documentation does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'ip2location-api-key',
  provider: 'ip2location',
  names: ['ip2location'],
  value: { alphabet: 'upper-alnum', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://www.ip2location.io/ip2location-documentation', rotate: 'https://www.ip2location.io/dashboard' },
});

import { defineNamedDetector } from './lib/named.js';

// ipapi API keys: 20–64 alphanumerics, found only where ipapi's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://ipapi.com/documentation does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'ipapi-api-key',
  provider: 'ipapi',
  names: ['ipapi'],
  value: { alphabet: 'alnum', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://ipapi.com/documentation', rotate: 'https://ipapi.com/dashboard' },
});

import { defineNamedDetector } from './lib/named.js';

// Geocodify API keys: 32–40 lower-case hex, found only where Geocodify's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://geocodify.com/api-documentation does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'geocodify-api-key',
  provider: 'geocodify',
  names: ['geocodify'],
  value: { alphabet: 'hex', length: [32, 40] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://geocodify.com/api-documentation', rotate: 'https://geocodify.com/account' },
});

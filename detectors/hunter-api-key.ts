import { defineNamedDetector } from './lib/named.js';

// Hunter API keys: 40 lower-case hex, found only where Hunter's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://hunter.io/api-documentation#authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'hunter-api-key',
  provider: 'hunter',
  names: ['hunter_io', 'hunterio', 'hunter_api'],
  value: { alphabet: 'hex', length: 40 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://hunter.io/api-documentation#authentication', rotate: 'https://hunter.io/api-keys' },
});

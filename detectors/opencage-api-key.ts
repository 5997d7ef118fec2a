import { defineNamedDetector } from './lib/named.js';

// OpenCage API keys: 32 lower-case hex, found only where OpenCage's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://opencagedata.com/api#authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'opencage-api-key',
  provider: 'opencage',
  names: ['opencage', 'open_cage'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://opencagedata.com/api#authentication', rotate: 'https://opencagedata.com/dashboard' },
});

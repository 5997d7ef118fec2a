import { defineNamedDetector } from './lib/named.js';

// Twelve Data API keys: 32 lower-case hex, found only where Twelve Data's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://twelvedata.com/docs#authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'twelvedata-api-key',
  provider: 'twelvedata',
  names: ['twelvedata', 'twelve_data'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://twelvedata.com/docs#authentication', rotate: 'https://twelvedata.com/account/api-keys' },
});

import { defineNamedDetector } from './lib/named.js';

// BscScan API keys: 34 upper-case letters and digits, found only where BscScan's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.bscscan.com/getting-started/viewing-api-usage-statistics does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'bscscan-api-key',
  provider: 'bscscan',
  names: ['bscscan'],
  value: { alphabet: 'upper-alnum', length: 34 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.bscscan.com/getting-started/viewing-api-usage-statistics', rotate: 'https://bscscan.com/myapikey' },
});

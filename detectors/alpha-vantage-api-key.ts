import { defineNamedDetector } from './lib/named.js';

// Alpha Vantage API keys: 16 upper-case letters and digits, found only where Alpha Vantage's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://www.alphavantage.co/documentation/ does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'alpha-vantage-api-key',
  provider: 'alpha-vantage',
  names: ['alphavantage', 'alpha_vantage'],
  value: { alphabet: 'upper-alnum', length: 16 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://www.alphavantage.co/documentation/', rotate: 'https://www.alphavantage.co/support/#api-key' },
});

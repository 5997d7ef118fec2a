import { defineNamedDetector } from './lib/named.js';

// BitcoinAverage api keys: 43 alnum characters, found only where BitcoinAverage's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: the shape is the one keys are issued in, not a documented grammar; the API is described at https://apiv2.bitcoinaverage.com/.
export default defineNamedDetector({
  id: 'bitcoinaverage-api-key',
  provider: 'bitcoinaverage',
  names: ['bitcoinaverage'],
  value: { alphabet: 'alnum', length: 43 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://apiv2.bitcoinaverage.com/', rotate: 'https://pro.bitcoinaverage.com/' },
});

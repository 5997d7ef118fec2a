import { defineNamedDetector } from './lib/named.js';

// CoinMarketCap API keys: a UUID, found only where CoinMarketCap's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://coinmarketcap.com/api/documentation/v1/#section/Authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'coinmarketcap-api-key',
  provider: 'coinmarketcap',
  names: ['coinmarketcap', 'cmc_pro'],
  value: { alphabet: 'uuid' },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://coinmarketcap.com/api/documentation/v1/#section/Authentication', rotate: 'https://pro.coinmarketcap.com/account' },
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: CoinMarketCap credentials are recognised by the name they are given (detectors/lib/named.ts); CoinMarketCap is not asked yet.
export default offlineOnly({
  id: 'coinmarketcap',
  name: 'CoinMarketCap',
  because: 'a CoinMarketCap API key recognised by the name it is given; CoinMarketCap is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://pro.coinmarketcap.com/account), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege CoinMarketCap offers.',
});

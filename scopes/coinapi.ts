import { offlineOnly } from './lib/offline-only.js';

// Offline-only: CoinAPI credentials are recognised by the name they are given (detectors/lib/named.ts); CoinAPI is not asked yet.
export default offlineOnly({
  id: 'coinapi',
  name: 'CoinAPI',
  because: 'a CoinAPI API key recognised by the name it is given; CoinAPI is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://customerportal.coinapi.io/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege CoinAPI offers.',
});

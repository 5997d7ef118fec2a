import { offlineOnly } from './lib/offline-only.js';

// Offline-only: CryptoCompare credentials are recognised by the name they are given (detectors/lib/named.ts); CryptoCompare is not asked yet.
export default offlineOnly({
  id: 'cryptocompare',
  name: 'CryptoCompare',
  because: 'a CryptoCompare API key recognised by the name it is given; CryptoCompare is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://www.cryptocompare.com/cryptopian/api-keys), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege CryptoCompare offers.',
});

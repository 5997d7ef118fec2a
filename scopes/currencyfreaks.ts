import { offlineOnly } from './lib/offline-only.js';

// Offline-only: CurrencyFreaks credentials are recognised by the name they are given (detectors/lib/named.ts); CurrencyFreaks is not asked yet.
export default offlineOnly({
  id: 'currencyfreaks',
  name: 'CurrencyFreaks',
  because: 'a CurrencyFreaks API key recognised by the name it is given; CurrencyFreaks is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://currencyfreaks.com/dashboard), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege CurrencyFreaks offers.',
});

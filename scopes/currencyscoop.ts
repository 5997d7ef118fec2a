import { offlineOnly } from './lib/offline-only.js';

// Offline-only: CurrencyBeacon (CurrencyScoop) credentials are recognised by the name they are given (detectors/lib/named.ts); CurrencyBeacon (CurrencyScoop) is not asked yet.
export default offlineOnly({
  id: 'currencyscoop',
  name: 'CurrencyBeacon (CurrencyScoop)',
  because: 'a CurrencyBeacon (CurrencyScoop) API key recognised by the name it is given; CurrencyBeacon (CurrencyScoop) is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://currencybeacon.com/account), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege CurrencyBeacon (CurrencyScoop) offers.',
});

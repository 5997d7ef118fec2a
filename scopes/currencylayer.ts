import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Currencylayer credentials are recognised by the name they are given (detectors/lib/named.ts); Currencylayer is not asked yet.
export default offlineOnly({
  id: 'currencylayer',
  name: 'Currencylayer',
  because: 'a Currencylayer access key recognised by the name it is given; Currencylayer is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://currencylayer.com/dashboard), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Currencylayer offers.',
});

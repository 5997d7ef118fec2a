import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Twelve Data credentials are recognised by the name they are given (detectors/lib/named.ts); Twelve Data is not asked yet.
export default offlineOnly({
  id: 'twelvedata',
  name: 'Twelve Data',
  because: 'a Twelve Data API key recognised by the name it is given; Twelve Data is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://twelvedata.com/account/api-keys), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Twelve Data offers.',
});

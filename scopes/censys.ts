import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Censys credentials are recognised by the name they are given (detectors/lib/named.ts); Censys is not asked yet.
export default offlineOnly({
  id: 'censys',
  name: 'Censys',
  because: 'a Censys API secret recognised by the name it is given; Censys is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://search.censys.io/account/api), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Censys offers.',
});

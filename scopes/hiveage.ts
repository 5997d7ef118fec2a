import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Hiveage credentials are recognised by the name they are given (detectors/lib/named.ts); Hiveage is not asked yet.
export default offlineOnly({
  id: 'hiveage',
  name: 'Hiveage',
  because: 'a Hiveage API key recognised by the name it is given; Hiveage is not asked, so what it reaches is unknown',
  remediation: 'Revoke it and issue a new one (https://www.hiveage.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Hiveage offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Codequiry credentials are recognised by the name they are given (detectors/lib/named.ts); Codequiry is not asked yet.
export default offlineOnly({
  id: 'codequiry',
  name: 'Codequiry',
  because: 'a Codequiry API key recognised by the name it is given; Codequiry is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://dashboard.codequiry.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Codequiry offers.',
});

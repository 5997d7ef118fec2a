import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Bitbar credentials are recognised by the name they are given (detectors/lib/named.ts); Bitbar is not asked yet.
export default offlineOnly({
  id: 'bitbar',
  name: 'Bitbar',
  because: 'a Bitbar API key recognised by the name it is given; Bitbar is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://cloud.bitbar.com/#user/my-account), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Bitbar offers.',
});

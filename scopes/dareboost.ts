import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Dareboost credentials are recognised by the name they are given (detectors/lib/named.ts); Dareboost is not asked yet.
export default offlineOnly({
  id: 'dareboost',
  name: 'Dareboost',
  because: 'a Dareboost API token recognised by the name it is given; Dareboost is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://www.dareboost.com/en/profile/api), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Dareboost offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Cloudplan credentials are recognised by the name they are given (detectors/lib/named.ts); Cloudplan is not asked yet.
export default offlineOnly({
  id: 'cloudplan',
  name: 'Cloudplan',
  because: 'a Cloudplan API key recognised by the name it is given; Cloudplan is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://www.cloudplan.net/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Cloudplan offers.',
});

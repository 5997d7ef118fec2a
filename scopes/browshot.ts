import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Browshot credentials are recognised by the name they are given (detectors/lib/named.ts); Browshot is not asked yet.
export default offlineOnly({
  id: 'browshot',
  name: 'Browshot',
  because: 'a Browshot API key recognised by the name it is given; Browshot is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://browshot.com/dashboard), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Browshot offers.',
});

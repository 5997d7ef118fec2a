import { offlineOnly } from './lib/offline-only.js';

// Offline-only: userstack credentials are recognised by the name they are given (detectors/lib/named.ts); userstack is not asked yet.
export default offlineOnly({
  id: 'userstack',
  name: 'userstack',
  because: 'a userstack access key recognised by the name it is given; userstack is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://userstack.com/dashboard), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege userstack offers.',
});

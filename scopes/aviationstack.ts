import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Aviationstack credentials are recognised by the name they are given (detectors/lib/named.ts); Aviationstack is not asked yet.
export default offlineOnly({
  id: 'aviationstack',
  name: 'Aviationstack',
  because: 'an Aviationstack access key recognised by the name it is given; Aviationstack is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://aviationstack.com/dashboard), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Aviationstack offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: serpstack credentials are recognised by the name they are given (detectors/lib/named.ts); serpstack is not asked yet.
export default offlineOnly({
  id: 'serpstack',
  name: 'serpstack',
  because: 'a serpstack access key recognised by the name it is given; serpstack is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://serpstack.com/dashboard), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege serpstack offers.',
});

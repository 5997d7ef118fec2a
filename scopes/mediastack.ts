import { offlineOnly } from './lib/offline-only.js';

// Offline-only: mediastack credentials are recognised by the name they are given (detectors/lib/named.ts); mediastack is not asked yet.
export default offlineOnly({
  id: 'mediastack',
  name: 'mediastack',
  because: 'a mediastack access key recognised by the name it is given; mediastack is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://mediastack.com/dashboard), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege mediastack offers.',
});

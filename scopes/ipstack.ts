import { offlineOnly } from './lib/offline-only.js';

// Offline-only: ipstack credentials are recognised by the name they are given (detectors/lib/named.ts); ipstack is not asked yet.
export default offlineOnly({
  id: 'ipstack',
  name: 'ipstack',
  because: 'a ipstack access key recognised by the name it is given; ipstack is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://ipstack.com/dashboard), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege ipstack offers.',
});

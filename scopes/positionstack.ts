import { offlineOnly } from './lib/offline-only.js';

// Offline-only: positionstack credentials are recognised by the name they are given (detectors/lib/named.ts); positionstack is not asked yet.
export default offlineOnly({
  id: 'positionstack',
  name: 'positionstack',
  because: 'a positionstack access key recognised by the name it is given; positionstack is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://positionstack.com/dashboard), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege positionstack offers.',
});

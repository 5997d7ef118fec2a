import { offlineOnly } from './lib/offline-only.js';

// Offline-only: OpenCage credentials are recognised by the name they are given (detectors/lib/named.ts); OpenCage is not asked yet.
export default offlineOnly({
  id: 'opencage',
  name: 'OpenCage',
  because: 'an OpenCage API key recognised by the name it is given; OpenCage is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://opencagedata.com/dashboard), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege OpenCage offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: IP2Location credentials are recognised by the name they are given (detectors/lib/named.ts); IP2Location is not asked yet.
export default offlineOnly({
  id: 'ip2location',
  name: 'IP2Location',
  because: 'an IP2Location API key recognised by the name it is given; IP2Location is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://www.ip2location.io/dashboard), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege IP2Location offers.',
});

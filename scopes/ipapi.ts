import { offlineOnly } from './lib/offline-only.js';

// Offline-only: ipapi credentials are recognised by the name they are given (detectors/lib/named.ts); ipapi is not asked yet.
export default offlineOnly({
  id: 'ipapi',
  name: 'ipapi',
  because: 'an ipapi API key recognised by the name it is given; ipapi is not asked, so what it reaches is unknown',
  remediation: 'Revoke it and issue a new one (https://ipapi.com/dashboard), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege ipapi offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: OneLogin credentials are recognised by the name they are given (detectors/lib/named.ts); OneLogin is not asked yet.
export default offlineOnly({
  id: 'onelogin',
  name: 'OneLogin',
  because: 'an OneLogin client secret recognised by the name it is given; OneLogin is not asked, so what it reaches is unknown',
  remediation: 'Revoke it and issue a new one (https://onelogin.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege OneLogin offers.',
});

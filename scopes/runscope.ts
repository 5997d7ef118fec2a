import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Runscope credentials are recognised by the name they are given (detectors/lib/named.ts); Runscope is not asked yet.
export default offlineOnly({
  id: 'runscope',
  name: 'Runscope',
  because: 'a Runscope access token recognised by the name it is given; Runscope is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://www.runscope.com/applications), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Runscope offers.',
});

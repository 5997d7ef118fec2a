import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Iconfinder credentials are recognised by the name they are given (detectors/lib/named.ts); Iconfinder is not asked yet.
export default offlineOnly({
  id: 'iconfinder',
  name: 'Iconfinder',
  because: 'an Iconfinder API key recognised by the name it is given; Iconfinder is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://www.iconfinder.com/account/applications), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Iconfinder offers.',
});

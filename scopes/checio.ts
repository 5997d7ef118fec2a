import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Chec (Commerce.js) credentials are recognised by the name they are given (detectors/lib/named.ts); Chec (Commerce.js) is not asked yet.
export default offlineOnly({
  id: 'checio',
  name: 'Chec (Commerce.js)',
  because: 'a Chec (Commerce.js) secret key recognised by the name it is given; Chec (Commerce.js) is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://dashboard.chec.io/settings/developer), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Chec (Commerce.js) offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Detect Language credentials are recognised by the name they are given (detectors/lib/named.ts); Detect Language is not asked yet.
export default offlineOnly({
  id: 'detectlanguage',
  name: 'Detect Language',
  because: 'a Detect Language API key recognised by the name it is given; Detect Language is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://detectlanguage.com/account), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Detect Language offers.',
});

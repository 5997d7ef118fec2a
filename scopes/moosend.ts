import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Moosend credentials are recognised by the name they are given (detectors/lib/named.ts); Moosend is not asked yet.
export default offlineOnly({
  id: 'moosend',
  name: 'Moosend',
  because: 'a Moosend API key recognised by the name it is given; Moosend is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://identity.moosend.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Moosend offers.',
});

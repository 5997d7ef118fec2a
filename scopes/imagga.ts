import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Imagga credentials are recognised by the name they are given (detectors/lib/named.ts); Imagga is not asked yet.
export default offlineOnly({
  id: 'imagga',
  name: 'Imagga',
  because: 'an Imagga API secret recognised by the name it is given; Imagga is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://imagga.com/profile/dashboard), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Imagga offers.',
});

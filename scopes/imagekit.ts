import { offlineOnly } from './lib/offline-only.js';

// Offline-only: ImageKit credentials are recognised by the name they are given (detectors/lib/named.ts); ImageKit is not asked yet.
export default offlineOnly({
  id: 'imagekit',
  name: 'ImageKit',
  because: 'an ImageKit private key recognised by the name it is given; ImageKit is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://imagekit.io/dashboard/developer/api-keys), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege ImageKit offers.',
});

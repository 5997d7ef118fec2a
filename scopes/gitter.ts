import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Gitter credentials are recognised by the name they are given (detectors/lib/named.ts); Gitter is not asked yet.
export default offlineOnly({
  id: 'gitter',
  name: 'Gitter',
  because: 'a Gitter access token recognised by the name it is given; Gitter is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://developer.gitter.im/apps), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Gitter offers.',
});

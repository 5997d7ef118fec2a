import { offlineOnly } from './lib/offline-only.js';

// Offline-only: vatlayer credentials are recognised by the name they are given (detectors/lib/named.ts); vatlayer is not asked yet.
export default offlineOnly({
  id: 'vatlayer',
  name: 'vatlayer',
  because: 'a vatlayer access key recognised by the name it is given; vatlayer is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://vatlayer.com/dashboard), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege vatlayer offers.',
});

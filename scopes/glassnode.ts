import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Glassnode credentials are recognised by the name they are given (detectors/lib/named.ts); Glassnode is not asked yet.
export default offlineOnly({
  id: 'glassnode',
  name: 'Glassnode',
  because: 'a Glassnode API key recognised by the name it is given; Glassnode is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://studio.glassnode.com/settings/api), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Glassnode offers.',
});

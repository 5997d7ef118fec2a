import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Detectify credentials are recognised by the name they are given (detectors/lib/named.ts); Detectify is not asked yet.
export default offlineOnly({
  id: 'detectify',
  name: 'Detectify',
  because: 'a Detectify API key recognised by the name it is given; Detectify is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://detectify.com/dashboard), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Detectify offers.',
});

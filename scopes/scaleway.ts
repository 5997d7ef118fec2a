import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Scaleway credentials are recognised by the name they are given (detectors/lib/named.ts); Scaleway is not asked yet.
export default offlineOnly({
  id: 'scaleway',
  name: 'Scaleway',
  because: 'a Scaleway secret key recognised by the name it is given; Scaleway is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://console.scaleway.com/iam/api-keys), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Scaleway offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: urlscan.io credentials are recognised by the name they are given (detectors/lib/named.ts); urlscan.io is not asked yet.
export default offlineOnly({
  id: 'urlscan',
  name: 'urlscan.io',
  because: 'a urlscan.io API key recognised by the name it is given; urlscan.io is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://urlscan.io/user/profile/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege urlscan.io offers.',
});

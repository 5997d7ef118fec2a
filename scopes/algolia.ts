import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Algolia credentials are recognised by the name they are given (detectors/lib/named.ts); Algolia is not asked yet.
export default offlineOnly({
  id: 'algolia',
  name: 'Algolia',
  because: 'an Algolia admin API key recognised by the name it is given; Algolia is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://dashboard.algolia.com/account/api-keys), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Algolia offers.',
});

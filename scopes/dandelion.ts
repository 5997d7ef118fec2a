import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Dandelion API credentials are recognised by the name they are given (detectors/lib/named.ts); Dandelion API is not asked yet.
export default offlineOnly({
  id: 'dandelion',
  name: 'Dandelion API',
  because: 'a Dandelion API API token recognised by the name it is given; Dandelion API is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://dandelion.eu/profile/dashboard/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Dandelion API offers.',
});

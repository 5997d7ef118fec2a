import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Capsule CRM credentials are recognised by the name they are given (detectors/lib/named.ts); Capsule CRM is not asked yet.
export default offlineOnly({
  id: 'capsulecrm',
  name: 'Capsule CRM',
  because: 'a Capsule CRM API token recognised by the name it is given; Capsule CRM is not asked, so what it reaches is unknown',
  remediation: 'Revoke it and issue a new one (https://capsulecrm.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Capsule CRM offers.',
});

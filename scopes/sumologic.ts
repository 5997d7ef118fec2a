import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Sumo Logic credentials are recognised by the name they are given (detectors/lib/named.ts); Sumo Logic is not asked yet.
export default offlineOnly({
  id: 'sumologic',
  name: 'Sumo Logic',
  because: 'a Sumo Logic access key recognised by the name it is given; Sumo Logic is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://service.sumologic.com/ui/#/security/access-keys), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Sumo Logic offers.',
});

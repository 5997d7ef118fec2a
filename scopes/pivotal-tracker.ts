import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Pivotal Tracker credentials are recognised by the name they are given (detectors/lib/named.ts); Pivotal Tracker is not asked yet.
export default offlineOnly({
  id: 'pivotal-tracker',
  name: 'Pivotal Tracker',
  because: 'a Pivotal Tracker API token recognised by the name it is given; Pivotal Tracker is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://www.pivotaltracker.com/profile), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Pivotal Tracker offers.',
});

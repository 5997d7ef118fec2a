import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Toggl Track credentials are recognised by the name they are given (detectors/lib/named.ts); Toggl Track is not asked yet.
export default offlineOnly({
  id: 'toggl',
  name: 'Toggl Track',
  because: 'a Toggl Track API token recognised by the name it is given; Toggl Track is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://track.toggl.com/profile), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Toggl Track offers.',
});

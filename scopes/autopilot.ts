import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Autopilot credentials are recognised by the name they are given (detectors/lib/named.ts); Autopilot is not asked yet.
export default offlineOnly({
  id: 'autopilot',
  name: 'Autopilot',
  because: 'an Autopilot API key recognised by the name it is given; Autopilot is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.autopilothq.com/#settings/api), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Autopilot offers.',
});

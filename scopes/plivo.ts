import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Plivo credentials are recognised by the name they are given (detectors/lib/named.ts); Plivo is not asked yet.
export default offlineOnly({
  id: 'plivo',
  name: 'Plivo',
  because: 'a Plivo auth token recognised by the name it is given; Plivo is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://console.plivo.com/dashboard/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Plivo offers.',
});

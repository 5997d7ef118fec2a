import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Statuspage credentials are recognised by the name they are given (detectors/lib/named.ts); Statuspage is not asked yet.
export default offlineOnly({
  id: 'statuspage',
  name: 'Statuspage',
  because: 'a Statuspage API key recognised by the name it is given; Statuspage is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://manage.statuspage.io/login), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Statuspage offers.',
});

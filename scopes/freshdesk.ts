import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Freshdesk credentials are recognised by the name they are given (detectors/lib/named.ts); Freshdesk is not asked yet.
export default offlineOnly({
  id: 'freshdesk',
  name: 'Freshdesk',
  because: 'a Freshdesk API key recognised by the name it is given; Freshdesk is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://support.freshdesk.com/support/solutions/articles/215517), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Freshdesk offers.',
});

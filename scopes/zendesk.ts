import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Zendesk credentials are recognised by the name they are given (detectors/lib/named.ts); Zendesk is not asked yet.
export default offlineOnly({
  id: 'zendesk',
  name: 'Zendesk',
  because: 'a Zendesk API token recognised by the name it is given; Zendesk is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://support.zendesk.com/hc/en-us/articles/4408889192858), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Zendesk offers.',
});

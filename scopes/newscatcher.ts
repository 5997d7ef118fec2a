import { offlineOnly } from './lib/offline-only.js';

// Offline-only: NewsCatcher credentials are recognised by their documented shape; NewsCatcher is not asked yet.
export default offlineOnly({
  id: 'newscatcher',
  name: 'NewsCatcher',
  because: 'a NewsCatcher api key recognised by its shape; NewsCatcher is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.newscatcherapi.com/), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege NewsCatcher offers.',
});

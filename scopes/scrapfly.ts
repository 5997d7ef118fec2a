import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Scrapfly credentials are recognised by their documented shape; Scrapfly is not asked yet.
export default offlineOnly({
  id: 'scrapfly',
  name: 'Scrapfly',
  because: 'a Scrapfly API key recognised by its shape; Scrapfly is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://scrapfly.io/dashboard), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege Scrapfly offers.',
});

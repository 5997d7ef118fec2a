import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Nasdaq Data Link credentials are recognised by their documented shape; Nasdaq Data Link is not asked yet.
export default offlineOnly({
  id: 'nasdaq-data-link',
  name: 'Nasdaq Data Link',
  because: 'a Nasdaq Data Link api key recognised by its shape; Nasdaq Data Link is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://data.nasdaq.com/account/profile), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege Nasdaq Data Link offers.',
});

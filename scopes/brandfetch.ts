import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Brandfetch credentials are recognised by their documented shape; Brandfetch is not asked yet.
export default offlineOnly({
  id: 'brandfetch',
  name: 'Brandfetch',
  because: 'a Brandfetch api key recognised by its shape; Brandfetch is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://developers.brandfetch.com/dashboard), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege Brandfetch offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Paydirt credentials are recognised by their documented shape; Paydirt is not asked yet.
export default offlineOnly({
  id: 'paydirt',
  name: 'Paydirt',
  because: 'a Paydirt api key recognised by its shape; Paydirt is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://paydirtapp.com/), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege Paydirt offers.',
});

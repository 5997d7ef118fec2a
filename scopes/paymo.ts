import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Paymo credentials are recognised by their documented shape; Paymo is not asked yet.
export default offlineOnly({
  id: 'paymo',
  name: 'Paymo',
  because: 'a Paymo api key recognised by its shape; Paymo is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.paymoapp.com/#Paymo.module.myaccount/), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege Paymo offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: VoodooSMS credentials are recognised by their documented shape; VoodooSMS is not asked yet.
export default offlineOnly({
  id: 'voodoosms',
  name: 'VoodooSMS',
  because: 'a VoodooSMS api key recognised by its shape; VoodooSMS is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://www.voodoosms.com/portal/api), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege VoodooSMS offers.',
});

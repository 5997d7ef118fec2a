import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Kagi credentials are recognised by their documented shape; Kagi is not asked yet.
export default offlineOnly({
  id: 'kagi',
  name: 'Kagi',
  because: 'a Kagi session token recognised by its shape; Kagi is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://kagi.com/settings?p=user_details), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege Kagi offers.',
});

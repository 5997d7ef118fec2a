import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Lunch Money credentials are recognised by their documented shape; Lunch Money is not asked yet.
export default offlineOnly({
  id: 'lunchmoney',
  name: 'Lunch Money',
  because: 'a Lunch Money access token recognised by its shape; Lunch Money is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://my.lunchmoney.app/developers), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege Lunch Money offers.',
});

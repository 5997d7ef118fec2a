import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Nimble credentials are recognised by their documented shape; Nimble is not asked yet.
export default offlineOnly({
  id: 'nimble',
  name: 'Nimble',
  because: 'a Nimble api key recognised by its shape; Nimble is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.nimble.com/#app/settings/api), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege Nimble offers.',
});

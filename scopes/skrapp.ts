import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Skrapp credentials are recognised by their documented shape; Skrapp is not asked yet.
export default offlineOnly({
  id: 'skrapp',
  name: 'Skrapp',
  because: 'a Skrapp api key recognised by its shape; Skrapp is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.skrapp.io/settings/api), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege Skrapp offers.',
});

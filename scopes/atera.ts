import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Atera credentials are recognised by their documented shape; Atera is not asked yet.
export default offlineOnly({
  id: 'atera',
  name: 'Atera',
  because: 'a Atera api key recognised by its shape; Atera is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.atera.com/new/admin/api), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege Atera offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: CraftMyPDF credentials are recognised by their documented shape; CraftMyPDF is not asked yet.
export default offlineOnly({
  id: 'craftmypdf',
  name: 'CraftMyPDF',
  because: 'a CraftMyPDF api key recognised by its shape; CraftMyPDF is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.craftmypdf.com/api), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege CraftMyPDF offers.',
});

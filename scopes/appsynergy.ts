import { offlineOnly } from './lib/offline-only.js';

// Offline-only: AppSynergy credentials are recognised by their documented shape; AppSynergy is not asked yet.
export default offlineOnly({
  id: 'appsynergy',
  name: 'AppSynergy',
  because: 'a AppSynergy api key recognised by its shape; AppSynergy is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://www.appsynergy.com/), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege AppSynergy offers.',
});

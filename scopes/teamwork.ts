import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Teamwork credentials are recognised by their documented shape; Teamwork is not asked yet.
export default offlineOnly({
  id: 'teamwork',
  name: 'Teamwork',
  because: 'a Teamwork API key recognised by its shape; Teamwork is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://support.teamwork.com/spaces/settings/managing-your-api-keys), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege Teamwork offers.',
});

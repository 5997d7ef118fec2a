import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Asana credentials are recognised by their documented shape; Asana is not asked yet.
export default offlineOnly({
  id: 'asana',
  name: 'Asana',
  because: 'a Asana personal access token recognised by its shape; Asana is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.asana.com/0/my-apps), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege Asana offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Help Scout credentials are recognised by their documented shape; Help Scout is not asked yet.
export default offlineOnly({
  id: 'helpscout',
  name: 'Help Scout',
  because: 'a Help Scout api key recognised by its shape; Help Scout is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://secure.helpscout.net/users/authentication/), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege Help Scout offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: MeisterTask credentials are recognised by their documented shape; MeisterTask is not asked yet.
export default offlineOnly({
  id: 'meistertask',
  name: 'MeisterTask',
  because: 'a MeisterTask api token recognised by its shape; MeisterTask is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://www.mindmeister.com/api), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege MeisterTask offers.',
});

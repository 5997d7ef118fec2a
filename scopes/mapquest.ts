import { offlineOnly } from './lib/offline-only.js';

// Offline-only: MapQuest credentials are recognised by their documented shape; MapQuest is not asked yet.
export default offlineOnly({
  id: 'mapquest',
  name: 'MapQuest',
  because: 'a MapQuest api key recognised by its shape; MapQuest is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://developer.mapquest.com/user/me/apps), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege MapQuest offers.',
});

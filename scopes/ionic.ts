import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Ionic Appflow credentials are recognised by their documented prefix; Ionic Appflow is not asked yet.
export default offlineOnly({
  id: 'ionic',
  name: 'Ionic Appflow',
  because: 'an Ionic personal access token recognised by its ion_ prefix; Ionic is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://dashboard.ionicframework.com/settings/personal-access-tokens), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Ionic Appflow offers.',
});

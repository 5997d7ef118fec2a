import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Dropbox credentials are recognised by their documented shape; Dropbox is not asked yet.
export default offlineOnly({
  id: 'dropbox',
  name: 'Dropbox',
  because: 'a Dropbox access token recognised by its shape; Dropbox is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://www.dropbox.com/account/connected_apps), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege Dropbox offers.',
});

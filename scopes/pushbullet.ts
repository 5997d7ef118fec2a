import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Pushbullet credentials are recognised by their documented shape; Pushbullet is not asked yet.
export default offlineOnly({
  id: 'pushbullet',
  name: 'Pushbullet',
  because: 'a Pushbullet access token recognised by its shape; Pushbullet is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://www.pushbullet.com/#settings/account), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege Pushbullet offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Groove credentials are recognised by their documented shape; Groove is not asked yet.
export default offlineOnly({
  id: 'groovehq',
  name: 'Groove',
  because: 'a Groove access token recognised by its shape; Groove is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://www.groovehq.com/docs), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege Groove offers.',
});

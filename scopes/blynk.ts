import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Blynk credentials are recognised by their documented shape; Blynk is not asked yet.
export default offlineOnly({
  id: 'blynk',
  name: 'Blynk',
  because: 'a Blynk device token recognised by its shape; Blynk is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://blynk.cloud/dashboard), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege Blynk offers.',
});

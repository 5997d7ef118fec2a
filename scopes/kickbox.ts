import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Kickbox credentials are recognised by the name they are given (detectors/lib/named.ts); Kickbox is not asked yet.
export default offlineOnly({
  id: 'kickbox',
  name: 'Kickbox',
  because: 'a Kickbox API key recognised by the name it is given; Kickbox is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.kickbox.com/settings/keys), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Kickbox offers.',
});

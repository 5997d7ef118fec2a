import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Aiven credentials are recognised by the name they are given (detectors/lib/named.ts); Aiven is not asked yet.
export default offlineOnly({
  id: 'aiven',
  name: 'Aiven',
  because: 'an Aiven API token recognised by the name it is given; Aiven is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://console.aiven.io/profile/tokens), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Aiven offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Logz.io credentials are recognised by the name they are given (detectors/lib/named.ts); Logz.io is not asked yet.
export default offlineOnly({
  id: 'logzio',
  name: 'Logz.io',
  because: 'a Logz.io API token recognised by the name it is given; Logz.io is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.logz.io/#/dashboard/settings/manage-tokens), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Logz.io offers.',
});

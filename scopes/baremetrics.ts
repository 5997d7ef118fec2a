import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Baremetrics credentials are recognised by the name they are given (detectors/lib/named.ts); Baremetrics is not asked yet.
export default offlineOnly({
  id: 'baremetrics',
  name: 'Baremetrics',
  because: 'a Baremetrics API key recognised by the name it is given; Baremetrics is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.baremetrics.com/settings/api), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Baremetrics offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Codacy credentials are recognised by the name they are given (detectors/lib/named.ts); Codacy is not asked yet.
export default offlineOnly({
  id: 'codacy',
  name: 'Codacy',
  because: 'a Codacy API token recognised by the name it is given; Codacy is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.codacy.com/account/access-management), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Codacy offers.',
});

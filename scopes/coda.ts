import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Coda credentials are recognised by the name they are given (detectors/lib/named.ts); Coda is not asked yet.
export default offlineOnly({
  id: 'coda',
  name: 'Coda',
  because: 'a Coda API token recognised by the name it is given; Coda is not asked, so what it reaches is unknown',
  remediation: 'Revoke it and issue a new one (https://coda.io/account), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Coda offers.',
});

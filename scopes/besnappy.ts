import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Snappy credentials are recognised by the name they are given (detectors/lib/named.ts); Snappy is not asked yet.
export default offlineOnly({
  id: 'besnappy',
  name: 'Snappy',
  because: 'a Snappy API key recognised by the name it is given; Snappy is not asked, so what it reaches is unknown',
  remediation: 'Revoke it and issue a new one (https://app.besnappy.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Snappy offers.',
});

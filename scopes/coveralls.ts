import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Coveralls credentials are recognised by the name they are given (detectors/lib/named.ts); Coveralls is not asked yet.
export default offlineOnly({
  id: 'coveralls',
  name: 'Coveralls',
  because: 'a Coveralls repo token recognised by the name it is given; Coveralls is not asked, so what it reaches is unknown',
  remediation: 'Revoke it and issue a new one (https://coveralls.io/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Coveralls offers.',
});

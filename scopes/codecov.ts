import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Codecov credentials are recognised by the name they are given (detectors/lib/named.ts); Codecov is not asked yet.
export default offlineOnly({
  id: 'codecov',
  name: 'Codecov',
  because: 'a Codecov upload token recognised by the name it is given; Codecov is not asked, so what it reaches is unknown',
  remediation: 'Revoke it and issue a new one (https://app.codecov.io/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Codecov offers.',
});

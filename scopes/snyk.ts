import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Snyk credentials are recognised by the name they are given (detectors/lib/named.ts); Snyk is not asked yet.
export default offlineOnly({
  id: 'snyk',
  name: 'Snyk',
  because: 'a Snyk API token recognised by the name it is given; Snyk is not asked, so what it reaches is unknown',
  remediation: 'Revoke it and issue a new one (https://app.snyk.io/account), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Snyk offers.',
});

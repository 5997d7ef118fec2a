import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Shodan credentials are recognised by the name they are given (detectors/lib/named.ts); Shodan is not asked yet.
export default offlineOnly({
  id: 'shodan',
  name: 'Shodan',
  because: 'a Shodan API key recognised by the name it is given; Shodan is not asked, so what it reaches is unknown',
  remediation: 'Revoke it and issue a new one (https://account.shodan.io/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Shodan offers.',
});

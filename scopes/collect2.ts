import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Collect2 credentials are recognised by the name they are given (detectors/lib/named.ts); Collect2 is not asked yet.
export default offlineOnly({
  id: 'collect2',
  name: 'Collect2',
  because: 'a Collect2 API key recognised by the name it is given; Collect2 is not asked, so what it reaches is unknown',
  remediation: 'Revoke it and issue a new one (https://app.collect2.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Collect2 offers.',
});

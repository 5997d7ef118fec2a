import { offlineOnly } from './lib/offline-only.js';

// Offline-only: FormBucket credentials are recognised by the name they are given (detectors/lib/named.ts); FormBucket is not asked yet.
export default offlineOnly({
  id: 'formbucket',
  name: 'FormBucket',
  because: 'a FormBucket API key recognised by the name it is given; FormBucket is not asked, so what it reaches is unknown',
  remediation: 'Revoke it and issue a new one (https://formbucket.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege FormBucket offers.',
});

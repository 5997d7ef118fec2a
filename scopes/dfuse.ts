import { offlineOnly } from './lib/offline-only.js';

// Offline-only: dfuse credentials are recognised by the name they are given (detectors/lib/named.ts); dfuse is not asked yet.
export default offlineOnly({
  id: 'dfuse',
  name: 'dfuse',
  because: 'a dfuse API key recognised by the name it is given; dfuse is not asked, so what it reaches is unknown',
  remediation: 'Revoke it and issue a new one (https://app.dfuse.io/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege dfuse offers.',
});

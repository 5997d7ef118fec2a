import { offlineOnly } from './lib/offline-only.js';

// Offline-only: screenshotlayer credentials are recognised by the name they are given (detectors/lib/named.ts); screenshotlayer is not asked yet.
export default offlineOnly({
  id: 'screenshotlayer',
  name: 'screenshotlayer',
  because: 'a screenshotlayer access key recognised by the name it is given; screenshotlayer is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://screenshotlayer.com/dashboard), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege screenshotlayer offers.',
});

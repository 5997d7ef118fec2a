import { offlineOnly } from './lib/offline-only.js';

// Offline-only: DronaHQ credentials are recognised by the name they are given (detectors/lib/named.ts); DronaHQ is not asked yet.
export default offlineOnly({
  id: 'dronahq',
  name: 'DronaHQ',
  because: 'a DronaHQ API token recognised by the name it is given; DronaHQ is not asked, so what it reaches is unknown',
  remediation: 'Revoke it and issue a new one (https://studio.dronahq.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege DronaHQ offers.',
});

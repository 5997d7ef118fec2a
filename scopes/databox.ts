import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Databox credentials are recognised by the name they are given (detectors/lib/named.ts); Databox is not asked yet.
export default offlineOnly({
  id: 'databox',
  name: 'Databox',
  because: 'a Databox push token recognised by the name it is given; Databox is not asked, so what it reaches is unknown',
  remediation: 'Revoke it and issue a new one (https://app.databox.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Databox offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: karmaCRM credentials are recognised by the name they are given (detectors/lib/named.ts); karmaCRM is not asked yet.
export default offlineOnly({
  id: 'karmacrm',
  name: 'karmaCRM',
  because: 'a karmaCRM API key recognised by the name it is given; karmaCRM is not asked, so what it reaches is unknown',
  remediation: 'Revoke it and issue a new one (https://app.karmacrm.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege karmaCRM offers.',
});

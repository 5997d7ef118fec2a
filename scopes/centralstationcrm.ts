import { offlineOnly } from './lib/offline-only.js';

// Offline-only: CentralStationCRM credentials are recognised by the name they are given (detectors/lib/named.ts); CentralStationCRM is not asked yet.
export default offlineOnly({
  id: 'centralstationcrm',
  name: 'CentralStationCRM',
  because: 'a CentralStationCRM API key recognised by the name it is given; CentralStationCRM is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://www.centralstationcrm.de/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege CentralStationCRM offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: BscScan credentials are recognised by the name they are given (detectors/lib/named.ts); BscScan is not asked yet.
export default offlineOnly({
  id: 'bscscan',
  name: 'BscScan',
  because: 'a BscScan API key recognised by the name it is given; BscScan is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://bscscan.com/myapikey), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege BscScan offers.',
});

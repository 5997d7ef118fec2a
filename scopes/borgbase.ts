import { offlineOnly } from './lib/offline-only.js';

// Offline-only: BorgBase credentials are recognised by the name they are given (detectors/lib/named.ts); BorgBase is not asked yet.
export default offlineOnly({
  id: 'borgbase',
  name: 'BorgBase',
  because: 'a BorgBase API token recognised by the name it is given; BorgBase is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://www.borgbase.com/account?tab=2), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege BorgBase offers.',
});

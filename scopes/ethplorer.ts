import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Ethplorer credentials are recognised by the name they are given (detectors/lib/named.ts); Ethplorer is not asked yet.
export default offlineOnly({
  id: 'ethplorer',
  name: 'Ethplorer',
  because: 'an Ethplorer API key recognised by the name it is given; Ethplorer is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://ethplorer.io/account/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Ethplorer offers.',
});

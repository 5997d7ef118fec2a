import { offlineOnly } from './lib/offline-only.js';

// Offline-only: languagelayer credentials are recognised by the name they are given (detectors/lib/named.ts); languagelayer is not asked yet.
export default offlineOnly({
  id: 'languagelayer',
  name: 'languagelayer',
  because: 'a languagelayer access key recognised by the name it is given; languagelayer is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://languagelayer.com/dashboard), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege languagelayer offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Appointedd credentials are recognised by the name they are given (detectors/lib/named.ts); Appointedd is not asked yet.
export default offlineOnly({
  id: 'appointedd',
  name: 'Appointedd',
  because: 'an Appointedd API key recognised by the name it is given; Appointedd is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.appointedd.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Appointedd offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Smartsheet credentials are recognised by the name they are given (detectors/lib/named.ts); Smartsheet is not asked yet.
export default offlineOnly({
  id: 'smartsheet',
  name: 'Smartsheet',
  because: 'a Smartsheet access token recognised by the name it is given; Smartsheet is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.smartsheet.com/b/home), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Smartsheet offers.',
});

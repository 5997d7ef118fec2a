import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Flexport credentials are recognised by the name they are given (detectors/lib/named.ts); Flexport is not asked yet.
export default offlineOnly({
  id: 'flexport',
  name: 'Flexport',
  because: 'a Flexport API key recognised by the name it is given; Flexport is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.flexport.com/settings/api), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Flexport offers.',
});

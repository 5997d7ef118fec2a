import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Geckoboard credentials are recognised by the name they are given (detectors/lib/named.ts); Geckoboard is not asked yet.
export default offlineOnly({
  id: 'geckoboard',
  name: 'Geckoboard',
  because: 'a Geckoboard API key recognised by the name it is given; Geckoboard is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.geckoboard.com/account/details), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Geckoboard offers.',
});

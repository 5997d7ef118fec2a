import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Sauce Labs credentials are recognised by the name they are given (detectors/lib/named.ts); Sauce Labs is not asked yet.
export default offlineOnly({
  id: 'saucelabs',
  name: 'Sauce Labs',
  because: 'a Sauce Labs access key recognised by the name it is given; Sauce Labs is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.saucelabs.com/user-settings), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Sauce Labs offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Bugsnag credentials are recognised by the name they are given (detectors/lib/named.ts); Bugsnag is not asked yet.
export default offlineOnly({
  id: 'bugsnag',
  name: 'Bugsnag',
  because: 'a Bugsnag API key recognised by the name it is given; Bugsnag is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.bugsnag.com/settings), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Bugsnag offers.',
});

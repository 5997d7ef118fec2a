import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Rollbar credentials are recognised by the name they are given (detectors/lib/named.ts); Rollbar is not asked yet.
export default offlineOnly({
  id: 'rollbar',
  name: 'Rollbar',
  because: 'a Rollbar access token recognised by the name it is given; Rollbar is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://rollbar.com/settings/accounts/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Rollbar offers.',
});

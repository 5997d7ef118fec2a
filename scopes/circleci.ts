import { offlineOnly } from './lib/offline-only.js';

// Offline-only: CircleCI credentials are recognised by the name they are given (detectors/lib/named.ts); CircleCI is not asked yet.
export default offlineOnly({
  id: 'circleci',
  name: 'CircleCI',
  because: 'a CircleCI personal API token recognised by the name it is given; CircleCI is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.circleci.com/settings/user/tokens), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege CircleCI offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Travis CI credentials are recognised by the name they are given (detectors/lib/named.ts); Travis CI is not asked yet.
export default offlineOnly({
  id: 'travis-ci',
  name: 'Travis CI',
  because: 'a Travis CI API token recognised by the name it is given; Travis CI is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.travis-ci.com/account/preferences), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Travis CI offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: MonkeyLearn credentials are recognised by the name they are given (detectors/lib/named.ts); MonkeyLearn is not asked yet.
export default offlineOnly({
  id: 'monkeylearn',
  name: 'MonkeyLearn',
  because: 'a MonkeyLearn API key recognised by the name it is given; MonkeyLearn is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.monkeylearn.com/main/my-account/tab/api-keys/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege MonkeyLearn offers.',
});

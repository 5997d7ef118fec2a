import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Holistic.dev credentials are recognised by the name they are given (detectors/lib/named.ts); Holistic.dev is not asked yet.
export default offlineOnly({
  id: 'holistic',
  name: 'Holistic.dev',
  because: 'a Holistic.dev API key recognised by the name it is given; Holistic.dev is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.holistic.dev/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Holistic.dev offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Hybiscus credentials are recognised by the name they are given (detectors/lib/named.ts); Hybiscus is not asked yet.
export default offlineOnly({
  id: 'hybiscus',
  name: 'Hybiscus',
  because: 'a Hybiscus API key recognised by the name it is given; Hybiscus is not asked, so what it reaches is unknown',
  remediation: 'Revoke it and issue a new one (https://hybiscus.dev/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Hybiscus offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Happy Scribe credentials are recognised by the name they are given (detectors/lib/named.ts); Happy Scribe is not asked yet.
export default offlineOnly({
  id: 'happyscribe',
  name: 'Happy Scribe',
  because: 'a Happy Scribe API key recognised by the name it is given; Happy Scribe is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://www.happyscribe.com/account/api), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Happy Scribe offers.',
});

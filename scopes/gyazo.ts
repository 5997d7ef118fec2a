import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Gyazo credentials are recognised by the name they are given (detectors/lib/named.ts); Gyazo is not asked yet.
export default offlineOnly({
  id: 'gyazo',
  name: 'Gyazo',
  because: 'a Gyazo access token recognised by the name it is given; Gyazo is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://gyazo.com/oauth/applications), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Gyazo offers.',
});

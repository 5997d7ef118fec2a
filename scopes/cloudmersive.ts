import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Cloudmersive credentials are recognised by the name they are given (detectors/lib/named.ts); Cloudmersive is not asked yet.
export default offlineOnly({
  id: 'cloudmersive',
  name: 'Cloudmersive',
  because: 'a Cloudmersive API key recognised by the name it is given; Cloudmersive is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://account.cloudmersive.com/keys), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Cloudmersive offers.',
});

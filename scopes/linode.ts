import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Linode (Akamai) credentials are recognised by the name they are given (detectors/lib/named.ts); Linode (Akamai) is not asked yet.
export default offlineOnly({
  id: 'linode',
  name: 'Linode (Akamai)',
  because: 'a Linode (Akamai) personal access token recognised by the name it is given; Linode (Akamai) is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://cloud.linode.com/profile/tokens), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Linode (Akamai) offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Postmark credentials are recognised by the name they are given (detectors/lib/named.ts); Postmark is not asked yet.
export default offlineOnly({
  id: 'postmark',
  name: 'Postmark',
  because: 'a Postmark server token recognised by the name it is given; Postmark is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://account.postmarkapp.com/servers), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Postmark offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Cloudsmith credentials are recognised by the name they are given (detectors/lib/named.ts); Cloudsmith is not asked yet.
export default offlineOnly({
  id: 'cloudsmith',
  name: 'Cloudsmith',
  because: 'a Cloudsmith API key recognised by the name it is given; Cloudsmith is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://cloudsmith.io/user/settings/api/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Cloudsmith offers.',
});

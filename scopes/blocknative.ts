import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Blocknative credentials are recognised by the name they are given (detectors/lib/named.ts); Blocknative is not asked yet.
export default offlineOnly({
  id: 'blocknative',
  name: 'Blocknative',
  because: 'a Blocknative API key recognised by the name it is given; Blocknative is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://account.blocknative.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Blocknative offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Bitly credentials are recognised by the name they are given (detectors/lib/named.ts); Bitly is not asked yet.
export default offlineOnly({
  id: 'bitly',
  name: 'Bitly',
  because: 'a Bitly access token recognised by the name it is given; Bitly is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.bitly.com/settings/api/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Bitly offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Geocodify credentials are recognised by the name they are given (detectors/lib/named.ts); Geocodify is not asked yet.
export default offlineOnly({
  id: 'geocodify',
  name: 'Geocodify',
  because: 'a Geocodify API key recognised by the name it is given; Geocodify is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://geocodify.com/account), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Geocodify offers.',
});

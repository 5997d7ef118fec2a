import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Geoapify credentials are recognised by the name they are given (detectors/lib/named.ts); Geoapify is not asked yet.
export default offlineOnly({
  id: 'geoapify',
  name: 'Geoapify',
  because: 'a Geoapify API key recognised by the name it is given; Geoapify is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://myprojects.geoapify.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Geoapify offers.',
});

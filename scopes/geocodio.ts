import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Geocodio credentials are recognised by the name they are given (detectors/lib/named.ts); Geocodio is not asked yet.
export default offlineOnly({
  id: 'geocodio',
  name: 'Geocodio',
  because: 'a Geocodio API key recognised by the name it is given; Geocodio is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://dash.geocod.io/apikey), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Geocodio offers.',
});

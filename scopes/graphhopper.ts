import { offlineOnly } from './lib/offline-only.js';

// Offline-only: GraphHopper credentials are recognised by the name they are given (detectors/lib/named.ts); GraphHopper is not asked yet.
export default offlineOnly({
  id: 'graphhopper',
  name: 'GraphHopper',
  because: 'a GraphHopper API key recognised by the name it is given; GraphHopper is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://graphhopper.com/dashboard/#/apikeys), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege GraphHopper offers.',
});

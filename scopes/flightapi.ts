import { offlineOnly } from './lib/offline-only.js';

// Offline-only: FlightAPI credentials are recognised by the name they are given (detectors/lib/named.ts); FlightAPI is not asked yet.
export default offlineOnly({
  id: 'flightapi',
  name: 'FlightAPI',
  because: 'a FlightAPI API key recognised by the name it is given; FlightAPI is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://www.flightapi.io/dashboard), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege FlightAPI offers.',
});

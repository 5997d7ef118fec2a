import { offlineOnly } from './lib/offline-only.js';

// Offline-only: FlightLabs credentials are recognised by the name they are given (detectors/lib/named.ts); FlightLabs is not asked yet.
export default offlineOnly({
  id: 'flightlabs',
  name: 'FlightLabs',
  because: 'a FlightLabs access key recognised by the name it is given; FlightLabs is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.goflightlabs.com/dashboard), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege FlightLabs offers.',
});

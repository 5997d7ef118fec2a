import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Currents API credentials are recognised by the name they are given (detectors/lib/named.ts); Currents API is not asked yet.
export default offlineOnly({
  id: 'currentsapi',
  name: 'Currents API',
  because: 'a Currents API API key recognised by the name it is given; Currents API is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://currentsapi.services/en/profile), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Currents API offers.',
});

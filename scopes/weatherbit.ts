import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Weatherbit credentials are recognised by the name they are given (detectors/lib/named.ts); Weatherbit is not asked yet.
export default offlineOnly({
  id: 'weatherbit',
  name: 'Weatherbit',
  because: 'a Weatherbit API key recognised by the name it is given; Weatherbit is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://www.weatherbit.io/account/dashboard), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Weatherbit offers.',
});

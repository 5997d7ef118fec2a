import { offlineOnly } from './lib/offline-only.js';

// Offline-only: IPGeolocation credentials are recognised by the name they are given (detectors/lib/named.ts); IPGeolocation is not asked yet.
export default offlineOnly({
  id: 'ipgeolocation',
  name: 'IPGeolocation',
  because: 'an IPGeolocation API key recognised by the name it is given; IPGeolocation is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.ipgeolocation.io/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege IPGeolocation offers.',
});

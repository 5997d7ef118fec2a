import { offlineOnly } from './lib/offline-only.js';

// Offline-only: TomTom credentials are recognised by the name they are given (detectors/lib/named.ts); TomTom is not asked yet.
export default offlineOnly({
  id: 'tomtom',
  name: 'TomTom',
  because: 'a TomTom API key recognised by the name it is given; TomTom is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://developer.tomtom.com/user/me/apps), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege TomTom offers.',
});

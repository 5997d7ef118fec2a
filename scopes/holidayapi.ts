import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Holiday API credentials are recognised by the name they are given (detectors/lib/named.ts); Holiday API is not asked yet.
export default offlineOnly({
  id: 'holidayapi',
  name: 'Holiday API',
  because: 'a Holiday API API key recognised by the name it is given; Holiday API is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://holidayapi.com/dashboard), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Holiday API offers.',
});

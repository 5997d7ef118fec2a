import { offlineOnly } from './lib/offline-only.js';

// Offline-only: RAWG credentials are recognised by the name they are given (detectors/lib/named.ts); RAWG is not asked yet.
export default offlineOnly({
  id: 'rawg',
  name: 'RAWG',
  because: 'a RAWG API key recognised by the name it is given; RAWG is not asked, so what it reaches is unknown',
  remediation: 'Revoke it and issue a new one (https://rawg.io/@/apikey), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege RAWG offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: BestTime credentials are recognised by the name they are given (detectors/lib/named.ts); BestTime is not asked yet.
export default offlineOnly({
  id: 'besttime',
  name: 'BestTime',
  because: 'a BestTime private API key recognised by the name it is given; BestTime is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://besttime.app/api/v1/keys), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege BestTime offers.',
});

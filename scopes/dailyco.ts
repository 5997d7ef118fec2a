import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Daily credentials are recognised by the name they are given (detectors/lib/named.ts); Daily is not asked yet.
export default offlineOnly({
  id: 'dailyco',
  name: 'Daily',
  because: 'a Daily API key recognised by the name it is given; Daily is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://dashboard.daily.co/developers), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Daily offers.',
});

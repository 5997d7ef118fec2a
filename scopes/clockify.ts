import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Clockify credentials are recognised by the name they are given (detectors/lib/named.ts); Clockify is not asked yet.
export default offlineOnly({
  id: 'clockify',
  name: 'Clockify',
  because: 'a Clockify API key recognised by the name it is given; Clockify is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.clockify.me/user/preferences#advanced), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Clockify offers.',
});

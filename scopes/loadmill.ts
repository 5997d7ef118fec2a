import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Loadmill credentials are recognised by the name they are given (detectors/lib/named.ts); Loadmill is not asked yet.
export default offlineOnly({
  id: 'loadmill',
  name: 'Loadmill',
  because: 'a Loadmill api token recognised by the name it is given; Loadmill is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.loadmill.com/app/settings/api-tokens), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Loadmill offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Pipedrive credentials are recognised by the name they are given (detectors/lib/named.ts); Pipedrive is not asked yet.
export default offlineOnly({
  id: 'pipedrive',
  name: 'Pipedrive',
  because: 'a Pipedrive API token recognised by the name it is given; Pipedrive is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.pipedrive.com/settings/api), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Pipedrive offers.',
});

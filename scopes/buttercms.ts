import { offlineOnly } from './lib/offline-only.js';

// Offline-only: ButterCMS credentials are recognised by the name they are given (detectors/lib/named.ts); ButterCMS is not asked yet.
export default offlineOnly({
  id: 'buttercms',
  name: 'ButterCMS',
  because: 'a ButterCMS API token recognised by the name it is given; ButterCMS is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://buttercms.com/settings/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege ButterCMS offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Front credentials are recognised by the name they are given (detectors/lib/named.ts); Front is not asked yet.
export default offlineOnly({
  id: 'frontapp',
  name: 'Front',
  because: 'a Front API token recognised by the name it is given; Front is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.frontapp.com/settings/developers/tokens), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Front offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: DatoCMS credentials are recognised by the name they are given (detectors/lib/named.ts); DatoCMS is not asked yet.
export default offlineOnly({
  id: 'datocms',
  name: 'DatoCMS',
  because: 'a DatoCMS API token recognised by the name it is given; DatoCMS is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://dashboard.datocms.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege DatoCMS offers.',
});

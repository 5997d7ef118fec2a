import { offlineOnly } from './lib/offline-only.js';

// Offline-only: APILayer credentials are recognised by the name they are given (detectors/lib/named.ts); APILayer is not asked yet.
export default offlineOnly({
  id: 'apilayer',
  name: 'APILayer',
  because: 'an APILayer access key recognised by the name it is given; APILayer is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://apilayer.com/account), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege APILayer offers.',
});

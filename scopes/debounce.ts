import { offlineOnly } from './lib/offline-only.js';

// Offline-only: DeBounce credentials are recognised by the name they are given (detectors/lib/named.ts); DeBounce is not asked yet.
export default offlineOnly({
  id: 'debounce',
  name: 'DeBounce',
  because: 'a DeBounce API key recognised by the name it is given; DeBounce is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.debounce.io/api), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege DeBounce offers.',
});

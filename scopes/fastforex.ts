import { offlineOnly } from './lib/offline-only.js';

// Offline-only: fastFOREX credentials are recognised by the name they are given (detectors/lib/named.ts); fastFOREX is not asked yet.
export default offlineOnly({
  id: 'fastforex',
  name: 'fastFOREX',
  because: 'a fastFOREX API key recognised by the name it is given; fastFOREX is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://console.fastforex.io/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege fastFOREX offers.',
});

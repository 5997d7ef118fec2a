import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Infura credentials are recognised by the name they are given (detectors/lib/named.ts); Infura is not asked yet.
export default offlineOnly({
  id: 'infura',
  name: 'Infura',
  because: 'an Infura project secret recognised by the name it is given; Infura is not asked, so what it reaches is unknown',
  remediation: 'Revoke it and issue a new one (https://app.infura.io/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Infura offers.',
});

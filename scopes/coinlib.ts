import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Coinlib credentials are recognised by the name they are given (detectors/lib/named.ts); Coinlib is not asked yet.
export default offlineOnly({
  id: 'coinlib',
  name: 'Coinlib',
  because: 'a Coinlib API key recognised by the name it is given; Coinlib is not asked, so what it reaches is unknown',
  remediation: 'Revoke it and issue a new one (https://coinlib.io/profile), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Coinlib offers.',
});

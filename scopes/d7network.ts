import { offlineOnly } from './lib/offline-only.js';

// Offline-only: D7 Networks credentials are recognised by the name they are given (detectors/lib/named.ts); D7 Networks is not asked yet.
export default offlineOnly({
  id: 'd7network',
  name: 'D7 Networks',
  because: 'a D7 Networks API token recognised by the name it is given; D7 Networks is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.d7networks.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege D7 Networks offers.',
});

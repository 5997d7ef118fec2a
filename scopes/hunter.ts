import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Hunter credentials are recognised by the name they are given (detectors/lib/named.ts); Hunter is not asked yet.
export default offlineOnly({
  id: 'hunter',
  name: 'Hunter',
  because: 'a Hunter API key recognised by the name it is given; Hunter is not asked, so what it reaches is unknown',
  remediation: 'Revoke it and issue a new one (https://hunter.io/api-keys), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Hunter offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Feedier credentials are recognised by the name they are given (detectors/lib/named.ts); Feedier is not asked yet.
export default offlineOnly({
  id: 'feedier',
  name: 'Feedier',
  because: 'a Feedier API key recognised by the name it is given; Feedier is not asked, so what it reaches is unknown',
  remediation: 'Revoke it and issue a new one (https://app.feedier.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Feedier offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Blitapp credentials are recognised by the name they are given (detectors/lib/named.ts); Blitapp is not asked yet.
export default offlineOnly({
  id: 'blitapp',
  name: 'Blitapp',
  because: 'a Blitapp API key recognised by the name it is given; Blitapp is not asked, so what it reaches is unknown',
  remediation: 'Revoke it and issue a new one (https://blitapp.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Blitapp offers.',
});

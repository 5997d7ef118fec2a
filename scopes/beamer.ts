import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Beamer credentials are recognised by the name they are given (detectors/lib/named.ts); Beamer is not asked yet.
export default offlineOnly({
  id: 'beamer',
  name: 'Beamer',
  because: 'a Beamer API key recognised by the name it is given; Beamer is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.getbeamer.com/settings#api), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Beamer offers.',
});

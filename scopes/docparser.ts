import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Docparser credentials are recognised by the name they are given (detectors/lib/named.ts); Docparser is not asked yet.
export default offlineOnly({
  id: 'docparser',
  name: 'Docparser',
  because: 'a Docparser API key recognised by the name it is given; Docparser is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.docparser.com/myaccount/api), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Docparser offers.',
});

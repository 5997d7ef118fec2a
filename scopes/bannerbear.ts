import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Bannerbear credentials are recognised by the name they are given (detectors/lib/named.ts); Bannerbear is not asked yet.
export default offlineOnly({
  id: 'bannerbear',
  name: 'Bannerbear',
  because: 'a Bannerbear API key recognised by the name it is given; Bannerbear is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.bannerbear.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Bannerbear offers.',
});

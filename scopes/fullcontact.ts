import { offlineOnly } from './lib/offline-only.js';

// Offline-only: FullContact credentials are recognised by the name they are given (detectors/lib/named.ts); FullContact is not asked yet.
export default offlineOnly({
  id: 'fullcontact',
  name: 'FullContact',
  because: 'a FullContact API key recognised by the name it is given; FullContact is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://platform.fullcontact.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege FullContact offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Recurly credentials are recognised by the name they are given (detectors/lib/named.ts); Recurly is not asked yet.
export default offlineOnly({
  id: 'recurly',
  name: 'Recurly',
  because: 'a Recurly private API key recognised by the name it is given; Recurly is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.recurly.com/go/developer/api_keys), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Recurly offers.',
});

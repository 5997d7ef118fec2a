import { offlineOnly } from './lib/offline-only.js';

// Offline-only: CloudConvert credentials are recognised by the name they are given (detectors/lib/named.ts); CloudConvert is not asked yet.
export default offlineOnly({
  id: 'cloudconvert',
  name: 'CloudConvert',
  because: 'a CloudConvert API key recognised by the name it is given; CloudConvert is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://cloudconvert.com/dashboard/api/v2/keys), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege CloudConvert offers.',
});

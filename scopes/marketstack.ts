import { offlineOnly } from './lib/offline-only.js';

// Offline-only: marketstack credentials are recognised by the name they are given (detectors/lib/named.ts); marketstack is not asked yet.
export default offlineOnly({
  id: 'marketstack',
  name: 'marketstack',
  because: 'a marketstack access key recognised by the name it is given; marketstack is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://marketstack.com/dashboard), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege marketstack offers.',
});

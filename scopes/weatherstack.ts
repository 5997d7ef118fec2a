import { offlineOnly } from './lib/offline-only.js';

// Offline-only: weatherstack credentials are recognised by the name they are given (detectors/lib/named.ts); weatherstack is not asked yet.
export default offlineOnly({
  id: 'weatherstack',
  name: 'weatherstack',
  because: 'a weatherstack access key recognised by the name it is given; weatherstack is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://weatherstack.com/dashboard), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege weatherstack offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: APITemplate.io credentials are recognised by the name they are given (detectors/lib/named.ts); APITemplate.io is not asked yet.
export default offlineOnly({
  id: 'apitemplate',
  name: 'APITemplate.io',
  because: 'an APITemplate.io API key recognised by the name it is given; APITemplate.io is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.apitemplate.io/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege APITemplate.io offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: The Guardian Open Platform credentials are recognised by the name they are given (detectors/lib/named.ts); The Guardian Open Platform is not asked yet.
export default offlineOnly({
  id: 'guardian',
  name: 'The Guardian Open Platform',
  because: 'a The Guardian Open Platform API key recognised by the name it is given; The Guardian Open Platform is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://open-platform.theguardian.com/access/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege The Guardian Open Platform offers.',
});

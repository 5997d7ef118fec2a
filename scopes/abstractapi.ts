import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Abstract API credentials are recognised by the name they are given (detectors/lib/named.ts); Abstract API is not asked yet.
export default offlineOnly({
  id: 'abstractapi',
  name: 'Abstract API',
  because: 'an Abstract API API key recognised by the name it is given; Abstract API is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.abstractapi.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Abstract API offers.',
});

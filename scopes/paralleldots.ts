import { offlineOnly } from './lib/offline-only.js';

// Offline-only: ParallelDots credentials are recognised by their documented shape; ParallelDots is not asked yet.
export default offlineOnly({
  id: 'paralleldots',
  name: 'ParallelDots',
  because: 'a ParallelDots api key recognised by its shape; ParallelDots is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://user.apis.paralleldots.com/), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege ParallelDots offers.',
});

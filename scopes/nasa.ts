import { offlineOnly } from './lib/offline-only.js';

// Offline-only: NASA API credentials are recognised by their documented shape; NASA API is not asked yet.
export default offlineOnly({
  id: 'nasa',
  name: 'NASA API',
  because: 'a NASA API API key recognised by its shape; NASA API is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://api.nasa.gov/), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege NASA API offers.',
});

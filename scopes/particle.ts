import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Particle credentials are recognised by their documented shape; Particle is not asked yet.
export default offlineOnly({
  id: 'particle',
  name: 'Particle',
  because: 'a Particle access token recognised by its shape; Particle is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://docs.particle.io/reference/cloud-apis/api/#delete-an-access-token), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege Particle offers.',
});

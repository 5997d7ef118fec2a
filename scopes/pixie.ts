import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Pixie credentials are recognised by their documented shape; Pixie is not asked yet.
export default offlineOnly({
  id: 'pixie',
  name: 'Pixie',
  because: 'a Pixie API key recognised by its shape; Pixie is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://docs.px.dev/reference/admin/api-keys/), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege Pixie offers.',
});

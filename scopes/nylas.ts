import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Nylas credentials are recognised by their documented shape; Nylas is not asked yet.
export default offlineOnly({
  id: 'nylas',
  name: 'Nylas',
  because: 'a Nylas access token recognised by its shape; Nylas is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://dashboard.nylas.com/), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege Nylas offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: UpLead credentials are recognised by their documented shape; UpLead is not asked yet.
export default offlineOnly({
  id: 'uplead',
  name: 'UpLead',
  because: 'a UpLead api key recognised by its shape; UpLead is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.uplead.com/api), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege UpLead offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Zoho credentials are recognised by their documented shape; Zoho is not asked yet.
export default offlineOnly({
  id: 'zoho',
  name: 'Zoho',
  because: 'a Zoho OAuth token recognised by its shape; Zoho is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://accounts.zoho.com/home#sessions/userauthtoken), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege Zoho offers.',
});

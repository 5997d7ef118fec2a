import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Finicity credentials are recognised by their documented shape; Finicity is not asked yet.
export default offlineOnly({
  id: 'finicity',
  name: 'Finicity',
  because: 'a Finicity client secret recognised by its shape; Finicity is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://developer.mastercard.com/account/apps), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege Finicity offers.',
});

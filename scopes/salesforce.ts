import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Salesforce credentials are recognised by their documented shape; Salesforce is not asked yet.
export default offlineOnly({
  id: 'salesforce',
  name: 'Salesforce',
  because: 'a Salesforce access token recognised by its shape; Salesforce is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://help.salesforce.com/s/articleView?id=sf.remoteaccess_revoke_token.htm), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege Salesforce offers.',
});

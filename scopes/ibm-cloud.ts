import { offlineOnly } from './lib/offline-only.js';

// Offline-only: IBM Cloud credentials are recognised by their documented shape; IBM Cloud is not asked yet.
export default offlineOnly({
  id: 'ibm-cloud',
  name: 'IBM Cloud',
  because: 'a IBM Cloud api key recognised by its shape; IBM Cloud is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://cloud.ibm.com/iam/apikeys), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege IBM Cloud offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Azure AI Search credentials are recognised by their documented shape; Azure AI Search is not asked yet.
export default offlineOnly({
  id: 'azure-search',
  name: 'Azure AI Search',
  because: 'a Azure AI Search api key recognised by its shape; Azure AI Search is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://learn.microsoft.com/en-us/azure/search/search-security-api-keys#regenerate-admin-keys), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege Azure AI Search offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Apify credentials are recognised by their documented prefix; Apify is not asked yet.
export default offlineOnly({
  id: 'apify',
  name: 'Apify',
  because: 'an Apify API token recognised by its apify_api_ prefix; Apify is not asked, so what it reaches (the whole account or a scoped set) is unknown',
  remediation:
    'Revoke it and issue a new one (https://console.apify.com/settings/integrations), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Apify offers.',
});

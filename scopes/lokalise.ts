import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Lokalise credentials are recognised by the name they are given (detectors/lib/named.ts); Lokalise is not asked yet.
export default offlineOnly({
  id: 'lokalise',
  name: 'Lokalise',
  because: 'a Lokalise api token recognised by the name it is given; Lokalise is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.lokalise.com/profile#apitokens), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Lokalise offers.',
});

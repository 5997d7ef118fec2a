import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Okta credentials are recognised by the name they are given (detectors/lib/named.ts); Okta is not asked yet.
export default offlineOnly({
  id: 'okta',
  name: 'Okta',
  because: 'an Okta API token recognised by the name it is given; Okta is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://help.okta.com/en-us/content/topics/security/api.htm), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Okta offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Gumroad credentials are recognised by the name they are given (detectors/lib/named.ts); Gumroad is not asked yet.
export default offlineOnly({
  id: 'gumroad',
  name: 'Gumroad',
  because: 'a Gumroad access token recognised by the name it is given; Gumroad is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.gumroad.com/settings/advanced#application-form), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Gumroad offers.',
});

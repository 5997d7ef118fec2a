import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Auth0 credentials are recognised by the name they are given (detectors/lib/named.ts); Auth0 is not asked yet.
export default offlineOnly({
  id: 'auth0',
  name: 'Auth0',
  because: 'an Auth0 client secret recognised by the name it is given; Auth0 is not asked, so what it reaches is unknown',
  remediation: 'Revoke it and issue a new one (https://manage.auth0.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Auth0 offers.',
});

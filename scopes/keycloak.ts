import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Keycloak credentials are recognised by the name they are given (detectors/lib/named.ts); Keycloak is not asked yet.
export default offlineOnly({
  id: 'keycloak',
  name: 'Keycloak',
  because: 'a Keycloak client secret recognised by the name it is given; Keycloak is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (the Keycloak admin console (Clients > Credentials > Regenerate)), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Keycloak offers.',
});

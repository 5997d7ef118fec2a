import { defineNamedDetector } from './lib/named.js';

// Keycloak client secrets: 32 letters and digits, found only where Keycloak's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://www.keycloak.org/docs/latest/server_admin/#_client-credentials does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'keycloak-client-secret',
  provider: 'keycloak',
  tokenKind: 'client-secret',
  names: ['keycloak'],
  value: { alphabet: 'alnum', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://www.keycloak.org/docs/latest/server_admin/#_client-credentials', rotate: 'the Keycloak admin console (Clients > Credentials > Regenerate)' },
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Octopus Deploy credentials are recognised by their documented format; this tool does not ask Octopus Deploy yet.
export default offlineOnly({
  id: 'octopus-deploy',
  name: 'Octopus Deploy',
  because: 'an Octopus Deploy API key: it acts as its user, deploying any release to every environment the user may deploy to, production included',
  remediation: 'Use a service account limited to the environments it deploys to (with OIDC where possible), and delete this key under Profile > My API Keys.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: secret credentials have no single provider API to ask; the host, when known, names the environment.
export default offlineOnly({
  id: 'generic',
  name: 'secret',
  because: 'a random-looking value assigned to a secret-named variable; its issuer is unknown',
  remediation: 'Move the value into a secret store the agent cannot read, scope it to the one task, and rotate it at its issuer.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: container registry credentials have no single provider API to ask; the host, when known, names the environment.
export default offlineOnly({
  id: 'docker-registry',
  name: 'container registry',
  because: 'a registry password kept base64-encoded in a Docker config; it can usually push and delete images',
  remediation: 'Use a credential store (docker-credential-*) and a registry token limited to pull (or to one repository), then revoke this password at the registry.',
});

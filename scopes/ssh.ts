import { offlineOnly } from './lib/offline-only.js';

// Offline-only: SSH private key credentials have no single provider API to ask; the host, when known, names the environment.
export default offlineOnly({
  id: 'ssh',
  name: 'SSH private key',
  because: 'an SSH private key; what it unlocks depends on the servers and Git hosts that trust it',
  remediation:
    'Use an SSH agent or a hardware key instead of a key file the agent can read; remove this public key from authorized_keys and Git hosts, and use a deploy key limited to one repository where a key is needed.',
});

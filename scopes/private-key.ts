import { offlineOnly } from './lib/offline-only.js';

// Offline-only: PEM private key credentials have no single provider API to ask; the host, when known, names the environment.
export default offlineOnly({
  id: 'private-key',
  name: 'PEM private key',
  because: 'a private key; what it unlocks depends on where its public key is trusted',
  remediation:
    'Keep private keys out of the workspace (an SSH agent, a KMS or a secret store), remove its public key wherever it is trusted, and issue a new key pair for the one system that needs it.',
});

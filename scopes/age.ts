import { offlineOnly } from './lib/offline-only.js';

// Offline-only: an age identity is a local key with no provider to ask.
export default offlineOnly({
  id: 'age',
  name: 'age',
  because: 'an age X25519 identity: whoever holds it decrypts every file encrypted to its recipient (SOPS, chezmoi, agenix secrets)',
  remediation:
    'Keep age identities out of the workspace (a key file outside it, or a plugin such as age-plugin-yubikey), generate a new one with age-keygen and re-encrypt the files to its recipient.',
});

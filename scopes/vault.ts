import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Vault tokens are recognised by their documented prefixes; the Vault address is the user's own, so this tool does not ask it.
export default offlineOnly({
  id: 'vault',
  name: 'Vault',
  because: 'a HashiCorp Vault token: it reaches every secret its policies allow until it expires, and a root token reaches all of them',
  remediation: 'Give the agent a short-lived token with a policy for the one path it reads (an AppRole or OIDC login), and revoke this one with vault token revoke.',
});

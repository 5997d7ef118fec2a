import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Tailscale keys are recognised by their documented prefixes; this tool does not ask Tailscale yet.
export default offlineOnly({
  id: 'tailscale',
  name: 'Tailscale',
  because: "a Tailscale key: an API access token acts with its creator's admin rights on the whole tailnet, an auth key adds devices to it",
  remediation: 'Use an OAuth client with only the scopes and tags the job needs, or an ephemeral pre-approved auth key, and revoke this one at https://login.tailscale.com/admin/settings/keys.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Grafana tokens are recognised by their prefixes; the instance URL is the user's own, so this tool does not ask it.
export default offlineOnly({
  id: 'grafana',
  name: 'Grafana',
  because: "a Grafana token: a service account token has its account's role on its instance (Admin administers it), a Cloud access policy token its policy's scopes",
  remediation: 'Give the agent a Viewer service account (or a policy with read scopes only) and an expiry, and delete this token where it was created.',
});

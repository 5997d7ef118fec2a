import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Sentry tokens are recognised by their prefixes; this tool does not ask Sentry yet.
export default offlineOnly({
  id: 'sentry',
  name: 'Sentry',
  because: 'a Sentry auth token: an organization token uploads releases and source maps for every project of its organization, a user token has its scopes on every organization of its user',
  remediation: 'Use an organization token (org:ci) for CI and nothing broader for the agent, and revoke this one at https://sentry.io/settings/auth-tokens/.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Buildkite tokens are recognised by their prefix; this tool does not ask Buildkite yet.
export default offlineOnly({
  id: 'buildkite',
  name: 'Buildkite',
  because: 'a Buildkite API access token: it has its scopes on every organization it was granted, which can include writing pipelines (running code on every agent) and deleting them',
  remediation: 'Create a token with read scopes for the one organization the agent needs, and revoke this one at https://buildkite.com/user/api-access-tokens.',
});

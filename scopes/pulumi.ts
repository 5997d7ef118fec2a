import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Pulumi tokens are recognised by their prefix; this tool does not ask Pulumi Cloud yet.
export default offlineOnly({
  id: 'pulumi',
  name: 'Pulumi',
  because: 'a Pulumi Cloud access token: a personal token acts as its user on every stack of every organization the user belongs to',
  remediation: 'Use an organization or team token limited to the stacks the job deploys, or OIDC from CI, and delete this one at https://app.pulumi.com/account/tokens.',
});

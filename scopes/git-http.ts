import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Git HTTP header credentials have no single provider API to ask; the host, when known, names the environment.
export default offlineOnly({
  id: 'git-http',
  name: 'Git HTTP header',
  because: 'an HTTP Authorization header persisted in .git/config, sent with every fetch and push to its host',
  remediation: 'Check out with persist-credentials: false (actions/checkout) or a credential helper, and revoke the token at its host.',
});

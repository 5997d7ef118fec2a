import { offlineOnly } from './lib/offline-only.js';

// Offline-only: URL userinfo credentials have no single provider API to ask; the host, when known, names the environment.
export default offlineOnly({
  id: 'url-credential',
  name: 'URL userinfo',
  because: 'a password in a URL; what it can do is known only to the host that accepts it',
  remediation: 'Move the password out of the URL into a secret store or the runtime environment the agent cannot read, use a token scoped to the one service, and change this password at the host.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: netrc credentials have no single provider API to ask; the host, when known, names the environment.
export default offlineOnly({
  id: 'netrc',
  name: 'netrc',
  because: 'a .netrc password, sent by curl, git and the Heroku CLI to the machine it names',
  remediation: 'Replace the .netrc password with a credential helper or short-lived token scoped to the one service, and revoke this one at the machine it names.',
});

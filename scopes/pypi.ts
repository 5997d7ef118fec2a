import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: PyPI tokens are recognised by their prefix and macaroon header; this tool does not ask PyPI yet.
export default offlineOnly({
  id: 'pypi',
  name: 'PyPI',
  because: 'a PyPI API token: a user-scoped token uploads new releases of every project its user maintains, a project-scoped token of one',
  remediation: 'Publish from CI with trusted publishing (no stored token), or use a token scoped to the one project, and delete this one at https://pypi.org/manage/account/#api-tokens.',
});

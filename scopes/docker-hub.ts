import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Docker Hub tokens are recognised by their prefix; this tool does not ask Docker Hub yet.
export default offlineOnly({
  id: 'docker-hub',
  name: 'Docker Hub',
  because: 'a Docker Hub personal access token: it acts as its user on Docker Hub within its scope, and a read-write-delete token can delete every repository the user owns',
  remediation: 'Use a read-only or an organization access token scoped to the repositories the job pulls, and delete this one at https://app.docker.com/settings/personal-access-tokens.',
});

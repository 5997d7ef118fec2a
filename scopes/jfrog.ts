import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: JFrog credentials are recognised by their documented format; this tool does not ask JFrog yet.
export default offlineOnly({
  id: 'jfrog',
  name: 'JFrog',
  because: "a JFrog access token: it acts with its user's or scope's permissions on Artifactory, deploying and deleting artifacts included",
  remediation: 'Use a scoped token (read on the repositories the job needs, with an expiry) and revoke this one under Administration > User Management > Access Tokens.',
});

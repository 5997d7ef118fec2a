import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: SonarQube credentials are recognised by their documented format; this tool does not ask SonarQube yet.
export default offlineOnly({
  id: 'sonarqube',
  name: 'SonarQube',
  because: "a SonarQube token: a user token carries its user's permissions (an administrator's deletes projects), an analysis token only runs analyses",
  remediation: 'Use a project analysis token (sqp_) for the one project and revoke this one under My Account > Security in SonarQube.',
});

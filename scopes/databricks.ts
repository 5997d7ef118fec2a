import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Databricks tokens are recognised by their prefix; the workspace is the user's own, so this tool does not ask it.
export default offlineOnly({
  id: 'databricks',
  name: 'Databricks',
  because: 'a Databricks personal access token: it acts as its user in the workspace (clusters, jobs, notebooks, and every table the user can read or drop)',
  remediation: 'Use a service principal with OAuth and only the grants the job needs, and revoke this token under User settings, Developer, Access tokens.',
});

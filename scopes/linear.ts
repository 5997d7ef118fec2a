import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Linear keys are recognised by their prefix; this tool does not ask Linear yet.
export default offlineOnly({
  id: 'linear',
  name: 'Linear',
  because: 'a Linear personal API key: it acts as its user in every team it is not restricted from, deleting issues and projects included',
  remediation: 'Create a key with read permission and only the teams the agent needs, kept out of files it reads, and revoke this one at https://linear.app/settings/account/security.',
});

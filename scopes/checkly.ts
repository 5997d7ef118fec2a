import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Checkly credentials are recognised by their documented format; this tool does not ask Checkly yet.
export default offlineOnly({
  id: 'checkly',
  name: 'Checkly',
  because: 'a Checkly API key: it acts as its user, creating, editing and deleting checks and their environment variables (often credentials)',
  remediation: 'Use a key of a user with the Read Only role where that is enough, keep it in CI secrets, and delete this one at https://app.checklyhq.com/settings/user/api-keys.',
});

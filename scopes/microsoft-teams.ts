import { offlineOnly } from './lib/offline-only.js';

// Offline-only: testing a Teams webhook means posting to it, which this tool never does.
export default offlineOnly({
  id: 'microsoft-teams',
  name: 'Microsoft Teams',
  because: 'a Teams incoming-webhook URL: whoever holds it posts cards into its channel',
  remediation: 'Keep webhook URLs in a secret store, not in files the agent reads, and remove this webhook from the channel to invalidate it.',
});

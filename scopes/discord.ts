import { offlineOnly } from './lib/offline-only.js';

// Offline-only: testing a Discord webhook means posting to it, which this tool never does.
export default offlineOnly({
  id: 'discord',
  name: 'Discord',
  because: 'a Discord webhook URL: whoever holds it posts as the webhook in its channel, and can edit or delete the webhook',
  remediation: "Keep webhook URLs in a secret store, not in files the agent reads, and delete this webhook under the channel's Integrations settings to invalidate it.",
});

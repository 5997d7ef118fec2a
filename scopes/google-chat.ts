import { offlineOnly } from './lib/offline-only.js';

// Offline-only: a Google Chat webhook URL is its own credential; this tool does not post to it.
export default offlineOnly({
  id: 'google-chat',
  name: 'Google Chat',
  because: 'a Google Chat incoming webhook URL: whoever holds it posts as the webhook in its space',
  remediation: "Delete the webhook in the space's Apps & integrations > Webhooks, create a new one, and keep its URL in the sender's secret store.",
});

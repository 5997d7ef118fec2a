import { offlineOnly } from './lib/offline-only.js';

// Offline-only: an IFTTT Webhooks key is its own credential; this tool does not fire it.
export default offlineOnly({
  id: 'ifttt',
  name: 'IFTTT',
  because: "an IFTTT Webhooks key: whoever holds it fires any of the account's webhook applets",
  remediation: "Regenerate the key in the Webhooks service settings (https://ifttt.com/maker_webhooks/settings: Edit connection) and keep the URL in the sender's secret store.",
});

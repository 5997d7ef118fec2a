import { offlineOnly } from './lib/offline-only.js';

// Offline-only: a Tines webhook URL is its own credential; this tool does not call it.
export default offlineOnly({
  id: 'tines',
  name: 'Tines',
  because: 'a Tines webhook URL: whoever holds it starts the story with any payload, security automations that isolate hosts or disable users included',
  remediation: "Change the webhook action's secret (its URL changes with it), verify a shared secret or HMAC in the story, and keep the URL in the sender's secret store.",
});

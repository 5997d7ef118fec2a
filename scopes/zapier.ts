import { offlineOnly } from './lib/offline-only.js';

// Offline-only: a Zapier Catch Hook URL is its own credential; there is no API to ask what it reaches.
export default offlineOnly({
  id: 'zapier',
  name: 'Zapier',
  because: 'a Zapier webhook URL: whoever holds it triggers the Zap with any payload, and the Zap acts on it (mail, rows, API calls)',
  remediation: "Turn the Zap's trigger into a new Catch Hook (a new URL), keep the URL in the sender's secret store, and filter on a shared secret field in the Zap.",
});

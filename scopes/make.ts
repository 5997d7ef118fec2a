import { offlineOnly } from './lib/offline-only.js';

// Offline-only: a Make webhook URL is its own credential; there is no API to ask what it reaches.
export default offlineOnly({
  id: 'make',
  name: 'Make',
  because: 'a Make webhook URL: whoever holds it runs the scenario with any payload',
  remediation: "Create a new webhook for the scenario (the old URL stops receiving once deleted), restrict it by IP where Make allows, and keep the URL in the sender's secret store.",
});

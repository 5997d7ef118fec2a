import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: New Relic keys are recognised by their prefixes; this tool does not ask New Relic yet.
export default offlineOnly({
  id: 'new-relic',
  name: 'New Relic',
  because: 'a New Relic key: a user key acts as its user in NerdGraph (queries, alerts, dashboards), an ingest key writes telemetry to its account',
  remediation: 'Use a user key of a user with a read-only role for the agent, and delete this key at https://one.newrelic.com/launcher/api-keys-ui.api-keys-launcher.',
});

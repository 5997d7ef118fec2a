import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Axiom credentials are recognised by their documented format; this tool does not ask Axiom yet.
export default offlineOnly({
  id: 'axiom',
  name: 'Axiom',
  because: 'an Axiom token: a personal token acts as its user in every organization, deleting datasets included; an API token has the dataset permissions it was given',
  remediation: 'Use an API token limited to ingest (or query) on the datasets the agent needs, with an expiry, and delete this one under Settings > API tokens (or Profile > Personal tokens).',
});

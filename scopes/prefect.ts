import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Prefect credentials are recognised by their documented format; this tool does not ask Prefect yet.
export default offlineOnly({
  id: 'prefect',
  name: 'Prefect',
  because: "a Prefect Cloud API key: a user's key acts as its user in every workspace, deleting deployments, flows and blocks (which hold other credentials) included",
  remediation: "Use a service account's key with a workspace role limited to what the agent runs, and delete this key at https://app.prefect.cloud/my/api-keys.",
});

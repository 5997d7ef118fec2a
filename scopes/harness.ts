import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Harness credentials are recognised by their documented format; this tool does not ask Harness yet.
export default offlineOnly({
  id: 'harness',
  name: 'Harness',
  because: "a Harness API token: it carries its user's or service account's roles over pipelines, secrets and delegates of the account",
  remediation:
    "Use a service account token (sat.) with a role limited to the project's pipelines, with an expiry, and delete this token under its API key in My Profile or Access Control > Service Accounts.",
});

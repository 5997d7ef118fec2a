import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Dynatrace credentials are recognised by their documented format; this tool does not ask Dynatrace yet.
export default offlineOnly({
  id: 'dynatrace',
  name: 'Dynatrace',
  because: 'a Dynatrace access token: it carries the scopes it was created with, and with settings or configuration write scopes it changes monitoring of the whole environment',
  remediation: 'Create a token with only the scopes the job needs (ingest or read), with an expiry, and revoke this one under Access tokens in the Dynatrace environment.',
});

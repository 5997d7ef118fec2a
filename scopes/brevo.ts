import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Brevo credentials are recognised by their documented format; this tool does not ask Brevo yet.
export default offlineOnly({
  id: 'brevo',
  name: 'Brevo',
  because: 'a Brevo (Sendinblue) key: an API key sends mail as the account and exports and deletes contacts; an SMTP key sends mail',
  remediation: "Delete the key at https://app.brevo.com/settings/keys/api, create one restricted by IP where possible, and keep it in the deployment's secret store.",
});

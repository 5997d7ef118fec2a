import { offlineOnly } from './lib/offline-only.js';

// Offline-only: ngrok credentials are recognised by their documented shape; ngrok is not asked yet.
export default offlineOnly({
  id: 'ngrok',
  name: 'ngrok',
  because: 'a ngrok authtoken recognised by its shape; ngrok is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://dashboard.ngrok.com/get-started/your-authtoken), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege ngrok offers.',
});

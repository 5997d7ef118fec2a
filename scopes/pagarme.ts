import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Pagar.me credentials are recognised by their documented shape; Pagar.me is not asked yet.
export default offlineOnly({
  id: 'pagarme',
  name: 'Pagar.me',
  because: 'a Pagar.me API key recognised by its ak_live_/ak_test_ prefix; Pagar.me is not asked, so which company it reaches is unknown',
  remediation:
    'Regenerate it in the dashboard (https://dashboard.pagar.me/#/myaccount/apikeys), keep the new one in a secret store the agent cannot read, and give the agent a test key (ak_test_) where it only needs the sandbox.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: StackHawk credentials are recognised by their documented shape; StackHawk is not asked yet.
export default offlineOnly({
  id: 'stackhawk',
  name: 'StackHawk',
  because: 'a StackHawk API key recognised by its shape; StackHawk is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.stackhawk.com/settings/apikeys), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege StackHawk offers.',
});

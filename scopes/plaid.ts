import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Plaid credentials are recognised by the name they are given (detectors/lib/named.ts); Plaid is not asked yet.
export default offlineOnly({
  id: 'plaid',
  name: 'Plaid',
  because: 'a Plaid secret recognised by the name it is given; Plaid is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://dashboard.plaid.com/developers/keys), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Plaid offers.',
});

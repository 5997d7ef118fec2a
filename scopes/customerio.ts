import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Customer.io credentials are recognised by the name they are given (detectors/lib/named.ts); Customer.io is not asked yet.
export default offlineOnly({
  id: 'customerio',
  name: 'Customer.io',
  because: 'a Customer.io API key recognised by the name it is given; Customer.io is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://fly.customer.io/settings/api_credentials), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Customer.io offers.',
});

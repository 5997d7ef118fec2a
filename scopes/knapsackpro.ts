import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Knapsack Pro credentials are recognised by the name they are given (detectors/lib/named.ts); Knapsack Pro is not asked yet.
export default offlineOnly({
  id: 'knapsackpro',
  name: 'Knapsack Pro',
  because: 'a Knapsack Pro API token recognised by the name it is given; Knapsack Pro is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://knapsackpro.com/dashboard), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Knapsack Pro offers.',
});

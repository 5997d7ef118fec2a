import { offlineOnly } from './lib/offline-only.js';

// Offline-only: BitcoinAverage credentials are recognised by their documented shape; BitcoinAverage is not asked yet.
export default offlineOnly({
  id: 'bitcoinaverage',
  name: 'BitcoinAverage',
  because: 'a BitcoinAverage api key recognised by its shape; BitcoinAverage is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://pro.bitcoinaverage.com/), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege BitcoinAverage offers.',
});

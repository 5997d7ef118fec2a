import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Alpha Vantage credentials are recognised by the name they are given (detectors/lib/named.ts); Alpha Vantage is not asked yet.
export default offlineOnly({
  id: 'alpha-vantage',
  name: 'Alpha Vantage',
  because: 'an Alpha Vantage API key recognised by the name it is given; Alpha Vantage is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://www.alphavantage.co/support/#api-key), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Alpha Vantage offers.',
});

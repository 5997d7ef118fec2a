import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Finnhub credentials are recognised by the name they are given (detectors/lib/named.ts); Finnhub is not asked yet.
export default offlineOnly({
  id: 'finnhub',
  name: 'Finnhub',
  because: 'a Finnhub API key recognised by the name it is given; Finnhub is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://finnhub.io/dashboard), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Finnhub offers.',
});

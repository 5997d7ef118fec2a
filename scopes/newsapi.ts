import { offlineOnly } from './lib/offline-only.js';

// Offline-only: News API credentials are recognised by the name they are given (detectors/lib/named.ts); News API is not asked yet.
export default offlineOnly({
  id: 'newsapi',
  name: 'News API',
  because: 'a News API API key recognised by the name it is given; News API is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://newsapi.org/account), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege News API offers.',
});

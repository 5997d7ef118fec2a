import { offlineOnly } from './lib/offline-only.js';

// Offline-only: ScraperAPI credentials are recognised by the name they are given (detectors/lib/named.ts); ScraperAPI is not asked yet.
export default offlineOnly({
  id: 'scraperapi',
  name: 'ScraperAPI',
  because: 'a ScraperAPI API key recognised by the name it is given; ScraperAPI is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://dashboard.scraperapi.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege ScraperAPI offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: ScrapingAnt credentials are recognised by the name they are given (detectors/lib/named.ts); ScrapingAnt is not asked yet.
export default offlineOnly({
  id: 'scrapingant',
  name: 'ScrapingAnt',
  because: 'a ScrapingAnt API key recognised by the name it is given; ScrapingAnt is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.scrapingant.com/dashboard), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege ScrapingAnt offers.',
});

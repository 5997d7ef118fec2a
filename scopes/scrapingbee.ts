import { offlineOnly } from './lib/offline-only.js';

// Offline-only: ScrapingBee credentials are recognised by the name they are given (detectors/lib/named.ts); ScrapingBee is not asked yet.
export default offlineOnly({
  id: 'scrapingbee',
  name: 'ScrapingBee',
  because: 'a ScrapingBee API key recognised by the name it is given; ScrapingBee is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.scrapingbee.com/account/manage/api_key), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege ScrapingBee offers.',
});

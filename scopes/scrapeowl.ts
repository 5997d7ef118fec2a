import { offlineOnly } from './lib/offline-only.js';

// Offline-only: ScrapeOwl credentials are recognised by their documented shape; ScrapeOwl is not asked yet.
export default offlineOnly({
  id: 'scrapeowl',
  name: 'ScrapeOwl',
  because: 'a ScrapeOwl api key recognised by its shape; ScrapeOwl is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.scrapeowl.com/dashboard), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege ScrapeOwl offers.',
});

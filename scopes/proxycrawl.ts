import { offlineOnly } from './lib/offline-only.js';

// Offline-only: ProxyCrawl (Crawlbase) credentials are recognised by the name they are given (detectors/lib/named.ts); ProxyCrawl (Crawlbase) is not asked yet.
export default offlineOnly({
  id: 'proxycrawl',
  name: 'ProxyCrawl (Crawlbase)',
  because: 'a ProxyCrawl (Crawlbase) token recognised by the name it is given; ProxyCrawl (Crawlbase) is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://crawlbase.com/dashboard/account/docs), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege ProxyCrawl (Crawlbase) offers.',
});

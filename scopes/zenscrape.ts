import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Zenscrape credentials are recognised by the name they are given (detectors/lib/named.ts); Zenscrape is not asked yet.
export default offlineOnly({
  id: 'zenscrape',
  name: 'Zenscrape',
  because: 'a Zenscrape API key recognised by the name it is given; Zenscrape is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.zenscrape.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Zenscrape offers.',
});

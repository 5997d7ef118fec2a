import { offlineOnly } from './lib/offline-only.js';

// Offline-only: BuddyNS credentials are recognised by the name they are given (detectors/lib/named.ts); BuddyNS is not asked yet.
export default offlineOnly({
  id: 'buddyns',
  name: 'BuddyNS',
  because: 'a BuddyNS API key recognised by the name it is given; BuddyNS is not asked, so what it reaches is unknown',
  remediation: 'Revoke it and issue a new one (https://www.buddyns.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege BuddyNS offers.',
});

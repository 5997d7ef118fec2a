import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Trello credentials are recognised by the name they are given (detectors/lib/named.ts); Trello is not asked yet.
export default offlineOnly({
  id: 'trello',
  name: 'Trello',
  because: 'a Trello API token recognised by the name it is given; Trello is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://trello.com/power-ups/admin), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Trello offers.',
});

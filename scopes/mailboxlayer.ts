import { offlineOnly } from './lib/offline-only.js';

// Offline-only: mailboxlayer credentials are recognised by the name they are given (detectors/lib/named.ts); mailboxlayer is not asked yet.
export default offlineOnly({
  id: 'mailboxlayer',
  name: 'mailboxlayer',
  because: 'a mailboxlayer access key recognised by the name it is given; mailboxlayer is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://mailboxlayer.com/dashboard), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege mailboxlayer offers.',
});

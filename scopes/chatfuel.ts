import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Chatfuel credentials are recognised by the name they are given (detectors/lib/named.ts); Chatfuel is not asked yet.
export default offlineOnly({
  id: 'chatfuel',
  name: 'Chatfuel',
  because: 'a Chatfuel API token recognised by the name it is given; Chatfuel is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://dashboard.chatfuel.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Chatfuel offers.',
});

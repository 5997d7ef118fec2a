import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Pusher credentials are recognised by the name they are given (detectors/lib/named.ts); Pusher is not asked yet.
export default offlineOnly({
  id: 'pusher',
  name: 'Pusher',
  because: 'a Pusher app secret recognised by the name it is given; Pusher is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://dashboard.pusher.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Pusher offers.',
});

import { offlineOnly } from './lib/offline-only.js';

// Offline-only: PubNub credentials are recognised by their documented shape; PubNub is not asked yet.
export default offlineOnly({
  id: 'pubnub',
  name: 'PubNub',
  because: 'a PubNub key recognised by its prefix; PubNub is not asked, so whether Access Manager limits it is unknown',
  remediation:
    'Replace the keyset keys in the Admin Portal (https://admin.pubnub.com/), keep the secret key on the server only, in a secret store the agent cannot read, and turn on Access Manager so that clients need a grant to publish.',
});

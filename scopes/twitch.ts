import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Twitch credentials are recognised by the name they are given (detectors/lib/named.ts); Twitch is not asked yet.
export default offlineOnly({
  id: 'twitch',
  name: 'Twitch',
  because: 'a Twitch client secret recognised by the name it is given; Twitch is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://dev.twitch.tv/console/apps), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Twitch offers.',
});

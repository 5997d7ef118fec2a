import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Instabot credentials are recognised by the name they are given (detectors/lib/named.ts); Instabot is not asked yet.
export default offlineOnly({
  id: 'instabot',
  name: 'Instabot',
  because: 'an Instabot API key recognised by the name it is given; Instabot is not asked, so what it reaches is unknown',
  remediation: 'Revoke it and issue a new one (https://app.instabot.io/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Instabot offers.',
});

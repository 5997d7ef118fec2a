import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Flickr credentials are recognised by the name they are given (detectors/lib/named.ts); Flickr is not asked yet.
export default offlineOnly({
  id: 'flickr',
  name: 'Flickr',
  because: 'a Flickr API key recognised by the name it is given; Flickr is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://www.flickr.com/services/apps/by/me), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Flickr offers.',
});

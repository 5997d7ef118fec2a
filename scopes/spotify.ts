import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Spotify credentials are recognised by the name they are given (detectors/lib/named.ts); Spotify is not asked yet.
export default offlineOnly({
  id: 'spotify',
  name: 'Spotify',
  because: 'a Spotify client secret recognised by the name it is given; Spotify is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://developer.spotify.com/dashboard), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Spotify offers.',
});

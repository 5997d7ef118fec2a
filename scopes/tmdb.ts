import { offlineOnly } from './lib/offline-only.js';

// Offline-only: TMDB credentials are recognised by the name they are given (detectors/lib/named.ts); TMDB is not asked yet.
export default offlineOnly({
  id: 'tmdb',
  name: 'TMDB',
  because: 'a TMDB API key recognised by the name it is given; TMDB is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://www.themoviedb.org/settings/api), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege TMDB offers.',
});

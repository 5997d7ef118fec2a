import { defineNamedDetector } from './lib/named.js';

// TMDB API keys: 32 lower-case hex, found only where TMDB's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developer.themoviedb.org/docs/authentication-application does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'tmdb-api-key',
  provider: 'tmdb',
  names: ['tmdb', 'themoviedb'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developer.themoviedb.org/docs/authentication-application', rotate: 'https://www.themoviedb.org/settings/api' },
});

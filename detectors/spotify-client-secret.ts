import { defineNamedDetector } from './lib/named.js';

// Spotify client secrets: 32 lower-case hex, found only where Spotify's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developer.spotify.com/documentation/web-api/concepts/apps does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'spotify-client-secret',
  provider: 'spotify',
  tokenKind: 'client-secret',
  names: ['spotify'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developer.spotify.com/documentation/web-api/concepts/apps', rotate: 'https://developer.spotify.com/dashboard' },
});

import { defineNamedDetector } from './lib/named.js';

// Foursquare client secrets: 48 upper-alnum characters, found only where Foursquare's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: the shape is the one keys are issued in, not a documented grammar; the API is described at https://docs.foursquare.com/developer/reference/authentication.
export default defineNamedDetector({
  id: 'foursquare-client-secret',
  provider: 'foursquare',
  tokenKind: 'client-secret',
  names: ['foursquare'],
  value: { alphabet: 'upper-alnum', length: 48 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.foursquare.com/developer/reference/authentication', rotate: 'https://foursquare.com/developers/apps' },
});

import { defineNamedDetector } from './lib/named.js';

// Nylas access tokens: 30 lower-alnum characters, found only where Nylas's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: the shape is the one keys are issued in, not a documented grammar; the API is described at https://developer.nylas.com/docs/v2/developer-guide/authentication/.
export default defineNamedDetector({
  id: 'nylas-api-key',
  provider: 'nylas',
  tokenKind: 'access-token',
  names: ['nylas'],
  value: { alphabet: 'lower-alnum', length: 30 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developer.nylas.com/docs/v2/developer-guide/authentication/', rotate: 'https://dashboard.nylas.com/' },
});

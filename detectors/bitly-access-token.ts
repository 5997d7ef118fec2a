import { defineNamedDetector } from './lib/named.js';

// Bitly access tokens: 40 lower-case hex, found only where Bitly's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://dev.bitly.com/docs/getting-started/authentication/ does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'bitly-access-token',
  provider: 'bitly',
  tokenKind: 'access-token',
  names: ['bitly'],
  value: { alphabet: 'hex', length: 40 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://dev.bitly.com/docs/getting-started/authentication/', rotate: 'https://app.bitly.com/settings/api/' },
});

import { defineNamedDetector } from './lib/named.js';

// IPinfo access tokens: 14 lower-case hex, found only where IPinfo's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://ipinfo.io/developers#authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'ipinfo-access-token',
  provider: 'ipinfo',
  tokenKind: 'access-token',
  names: ['ipinfo'],
  value: { alphabet: 'hex', length: 14 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://ipinfo.io/developers#authentication', rotate: 'https://ipinfo.io/account/token' },
});

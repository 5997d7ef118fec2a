import { defineNamedDetector } from './lib/named.js';

// OneLogin client secrets: 64 lower-case hex, found only where OneLogin's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developers.onelogin.com/api-docs/2/getting-started/working-with-api-credentials does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'onelogin-client-secret',
  provider: 'onelogin',
  tokenKind: 'client-secret',
  names: ['onelogin', 'one_login'],
  value: { alphabet: 'hex', length: 64 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developers.onelogin.com/api-docs/2/getting-started/working-with-api-credentials', rotate: 'https://onelogin.com/' },
});

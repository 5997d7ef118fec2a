import { defineNamedDetector } from './lib/named.js';

// Recurly private API keys: 32 lower-case hex, found only where Recurly's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://recurly.com/developers/api/v2021-02-25/index.html#section/Getting-Started/Authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'recurly-private-api-key',
  provider: 'recurly',
  tokenKind: 'private-api-key',
  names: ['recurly'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://recurly.com/developers/api/v2021-02-25/index.html#section/Getting-Started/Authentication', rotate: 'https://app.recurly.com/go/developer/api_keys' },
});

import { defineNamedDetector } from './lib/named.js';

// IEX Cloud API tokens: 32–40 URL-safe base64 characters, found only where IEX Cloud's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://iexcloud.io/docs/api/#authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'iexcloud-api-token',
  provider: 'iexcloud',
  tokenKind: 'api-token',
  names: ['iexcloud', 'iex_cloud', 'iexapis'],
  value: { alphabet: 'base64url', length: [32, 40] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://iexcloud.io/docs/api/#authentication', rotate: 'https://iexcloud.io/console/tokens' },
});

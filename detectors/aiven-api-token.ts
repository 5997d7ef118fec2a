import { defineNamedDetector } from './lib/named.js';

// Aiven API tokens: 40–400 base64 characters, found only where Aiven's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://aiven.io/docs/platform/howto/create_authentication_token does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'aiven-api-token',
  provider: 'aiven',
  tokenKind: 'api-token',
  names: ['aiven'],
  value: { alphabet: 'base64', length: [40, 400] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://aiven.io/docs/platform/howto/create_authentication_token', rotate: 'https://console.aiven.io/profile/tokens' },
});

import { defineNamedDetector } from './lib/named.js';

// Clockify API keys: 40–64 URL-safe base64 characters, found only where Clockify's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.clockify.me/#section/Authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'clockify-api-key',
  provider: 'clockify',
  names: ['clockify'],
  value: { alphabet: 'base64url', length: [40, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.clockify.me/#section/Authentication', rotate: 'https://app.clockify.me/user/preferences#advanced' },
});

import { defineNamedDetector } from './lib/named.js';

// Bannerbear API keys: 20–40 URL-safe base64 characters, found only where Bannerbear's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developers.bannerbear.com/#authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'bannerbear-api-key',
  provider: 'bannerbear',
  names: ['bannerbear'],
  value: { alphabet: 'base64url', length: [20, 40] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developers.bannerbear.com/#authentication', rotate: 'https://app.bannerbear.com/' },
});

import { defineNamedDetector } from './lib/named.js';

// Nightfall API keys: 32–64 URL-safe base64 characters, found only where Nightfall's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.nightfall.ai/docs/authentication-and-security does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'nightfall-api-key',
  provider: 'nightfall',
  names: ['nightfall'],
  value: { alphabet: 'base64url', length: [32, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.nightfall.ai/docs/authentication-and-security', rotate: 'https://app.nightfall.ai/' },
});

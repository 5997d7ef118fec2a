import { defineNamedDetector } from './lib/named.js';

// Kickbox API keys: 30–80 URL-safe base64 characters, found only where Kickbox's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.kickbox.com/docs/authentication does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'kickbox-api-key',
  provider: 'kickbox',
  names: ['kickbox'],
  value: { alphabet: 'base64url', length: [30, 80] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.kickbox.com/docs/authentication', rotate: 'https://app.kickbox.com/settings/keys' },
});

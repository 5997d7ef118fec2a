import { defineNamedDetector } from './lib/named.js';

// Baremetrics API keys: 20–64 URL-safe base64 characters, found only where Baremetrics's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developers.baremetrics.com/reference/authentication does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'baremetrics-api-key',
  provider: 'baremetrics',
  names: ['baremetrics'],
  value: { alphabet: 'base64url', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developers.baremetrics.com/reference/authentication', rotate: 'https://app.baremetrics.com/settings/api' },
});

import { defineNamedDetector } from './lib/named.js';

// Flexport API keys: 20–80 URL-safe base64 characters, found only where Flexport's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://apidocs.flexport.com/2023-07-01/tag/Authentication does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'flexport-api-key',
  provider: 'flexport',
  names: ['flexport'],
  value: { alphabet: 'base64url', length: [20, 80] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://apidocs.flexport.com/2023-07-01/tag/Authentication', rotate: 'https://app.flexport.com/settings/api' },
});

import { defineNamedDetector } from './lib/named.js';

// Geckoboard API keys: 20–64 base64 characters, found only where Geckoboard's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developer.geckoboard.com/#authentication does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'geckoboard-api-key',
  provider: 'geckoboard',
  names: ['geckoboard'],
  value: { alphabet: 'base64', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developer.geckoboard.com/#authentication', rotate: 'https://app.geckoboard.com/account/details' },
});

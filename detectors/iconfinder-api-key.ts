import { defineNamedDetector } from './lib/named.js';

// Iconfinder API keys: 20–80 alphanumerics, found only where Iconfinder's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developer.iconfinder.com/reference/authentication does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'iconfinder-api-key',
  provider: 'iconfinder',
  names: ['iconfinder'],
  value: { alphabet: 'alnum', length: [20, 80] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developer.iconfinder.com/reference/authentication', rotate: 'https://www.iconfinder.com/account/applications' },
});

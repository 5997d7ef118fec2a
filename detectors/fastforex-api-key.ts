import { defineNamedDetector } from './lib/named.js';

// fastFOREX API keys: 20–64 URL-safe base64 characters, found only where fastFOREX's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://fastforex.readme.io/reference/introduction does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'fastforex-api-key',
  provider: 'fastforex',
  names: ['fastforex', 'fast_forex'],
  value: { alphabet: 'base64url', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://fastforex.readme.io/reference/introduction', rotate: 'https://console.fastforex.io/' },
});

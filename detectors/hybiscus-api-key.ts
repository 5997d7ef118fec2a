import { defineNamedDetector } from './lib/named.js';

// Hybiscus API keys: 20–64 alphanumerics, found only where Hybiscus's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://hybiscus.dev/docs does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'hybiscus-api-key',
  provider: 'hybiscus',
  names: ['hybiscus'],
  value: { alphabet: 'alnum', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://hybiscus.dev/docs', rotate: 'https://hybiscus.dev/' },
});

import { defineNamedDetector } from './lib/named.js';

// Beamer API keys: 20–64 URL-safe base64 characters, found only where Beamer's name names the value (detectors/lib/named.ts).
// 'beamer' alone is the LaTeX slide class: only the product's distinctive spellings name it.
// UNCONFIRMED: https://www.getbeamer.com/api does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'beamer-api-key',
  provider: 'beamer',
  names: ['getbeamer', 'beamer_api'],
  value: { alphabet: 'base64url', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://www.getbeamer.com/api', rotate: 'https://app.getbeamer.com/settings#api' },
});

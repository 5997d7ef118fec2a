import { defineNamedDetector } from './lib/named.js';

// Detectify API keys: 32 lower-case hex, found only where Detectify's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developer.detectify.com/ does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'detectify-api-key',
  provider: 'detectify',
  names: ['detectify'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developer.detectify.com/', rotate: 'https://detectify.com/dashboard' },
});

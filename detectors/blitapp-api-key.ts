import { defineNamedDetector } from './lib/named.js';

// Blitapp API keys: 20–64 alphanumerics, found only where Blitapp's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://blitapp.com/api/ does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'blitapp-api-key',
  provider: 'blitapp',
  names: ['blitapp'],
  value: { alphabet: 'alnum', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://blitapp.com/api/', rotate: 'https://blitapp.com/' },
});

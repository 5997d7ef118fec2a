import { defineNamedDetector } from './lib/named.js';

// Brandfetch api keys: 40 to 44 alnum characters, found only where Brandfetch's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: the shape is the one keys are issued in, not a documented grammar; the API is described at https://docs.brandfetch.com/.
export default defineNamedDetector({
  id: 'brandfetch-api-key',
  provider: 'brandfetch',
  names: ['brandfetch'],
  value: { alphabet: 'alnum', length: [40, 44] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.brandfetch.com/', rotate: 'https://developers.brandfetch.com/dashboard' },
});

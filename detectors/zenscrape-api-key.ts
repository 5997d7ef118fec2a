import { defineNamedDetector } from './lib/named.js';

// Zenscrape API keys: a UUID, found only where Zenscrape's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://zenscrape.com/documentation does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'zenscrape-api-key',
  provider: 'zenscrape',
  names: ['zenscrape'],
  value: { alphabet: 'uuid' },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://zenscrape.com/documentation', rotate: 'https://app.zenscrape.com/' },
});

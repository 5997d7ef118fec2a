import { defineNamedDetector } from './lib/named.js';

// Collect2 API keys: 20–64 alphanumerics, found only where Collect2's name names the value (detectors/lib/named.ts).
// collect2 is also GCC's linker driver; its log lines name no secret, and the shape and a secret word are still required.
// UNCONFIRMED: https://docs.collect2.com/ does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'collect2-api-key',
  provider: 'collect2',
  names: ['collect2'],
  value: { alphabet: 'alnum', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.collect2.com/', rotate: 'https://app.collect2.com/' },
});

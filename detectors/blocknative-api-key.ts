import { defineNamedDetector } from './lib/named.js';

// Blocknative API keys: a UUID, found only where Blocknative's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.blocknative.com/ does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'blocknative-api-key',
  provider: 'blocknative',
  names: ['blocknative'],
  value: { alphabet: 'uuid' },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.blocknative.com/', rotate: 'https://account.blocknative.com/' },
});

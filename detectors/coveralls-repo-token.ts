import { defineNamedDetector } from './lib/named.js';

// Coveralls repo tokens: 32–40 letters and digits, found only where Coveralls's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.coveralls.io/api-introduction does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'coveralls-repo-token',
  provider: 'coveralls',
  tokenKind: 'repo-token',
  names: ['coveralls'],
  value: { alphabet: 'alnum', length: [32, 40] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.coveralls.io/api-introduction', rotate: 'https://coveralls.io/' },
});

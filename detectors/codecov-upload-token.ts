import { defineNamedDetector } from './lib/named.js';

// Codecov upload tokens: a UUID, found only where Codecov's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.codecov.com/docs/codecov-tokens does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'codecov-upload-token',
  provider: 'codecov',
  tokenKind: 'upload-token',
  names: ['codecov'],
  value: { alphabet: 'uuid' },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.codecov.com/docs/codecov-tokens', rotate: 'https://app.codecov.io/' },
});

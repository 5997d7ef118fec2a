import { defineNamedDetector } from './lib/named.js';

// Censys API secrets: 32 letters and digits, found only where Censys's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://search.censys.io/api does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'censys-api-secret',
  provider: 'censys',
  tokenKind: 'api-secret',
  names: ['censys'],
  value: { alphabet: 'alnum', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://search.censys.io/api', rotate: 'https://search.censys.io/account/api' },
});

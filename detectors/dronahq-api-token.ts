import { defineNamedDetector } from './lib/named.js';

// DronaHQ API tokens: 20–80 alphanumerics, found only where DronaHQ's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.dronahq.com/reference/ does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'dronahq-api-token',
  provider: 'dronahq',
  tokenKind: 'api-token',
  names: ['dronahq'],
  value: { alphabet: 'alnum', length: [20, 80] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.dronahq.com/reference/', rotate: 'https://studio.dronahq.com/' },
});

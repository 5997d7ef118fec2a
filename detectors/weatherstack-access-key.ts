import { defineNamedDetector } from './lib/named.js';

// weatherstack access keys: 32 letters and digits; an apilayer product: "a unique combination of letters and digits". Named by weatherstack's name in any syntax (detectors/lib/named.ts).
// https://weatherstack.com/documentation
export default defineNamedDetector({
  id: 'weatherstack-access-key',
  provider: 'weatherstack',
  tokenKind: 'access-key',
  names: ['weatherstack'],
  value: { alphabet: 'alnum', length: 32 },
  docs: { url: 'https://weatherstack.com/documentation', rotate: 'https://weatherstack.com/dashboard' },
});

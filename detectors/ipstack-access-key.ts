import { defineNamedDetector } from './lib/named.js';

// ipstack access keys: 32 letters and digits; an apilayer product: "a unique combination of letters and digits". Named by ipstack's name in any syntax (detectors/lib/named.ts).
// https://ipstack.com/documentation
export default defineNamedDetector({
  id: 'ipstack-access-key',
  provider: 'ipstack',
  tokenKind: 'access-key',
  names: ['ipstack'],
  value: { alphabet: 'alnum', length: 32 },
  docs: { url: 'https://ipstack.com/documentation', rotate: 'https://ipstack.com/dashboard' },
});

import { defineNamedDetector } from './lib/named.js';

// userstack access keys: 32 letters and digits; an apilayer product: "a unique combination of letters and digits". Named by userstack's name in any syntax (detectors/lib/named.ts).
// https://userstack.com/documentation
export default defineNamedDetector({
  id: 'userstack-access-key',
  provider: 'userstack',
  tokenKind: 'access-key',
  names: ['userstack'],
  value: { alphabet: 'alnum', length: 32 },
  docs: { url: 'https://userstack.com/documentation', rotate: 'https://userstack.com/dashboard' },
});

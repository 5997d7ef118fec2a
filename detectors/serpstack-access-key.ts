import { defineNamedDetector } from './lib/named.js';

// serpstack access keys: 32 letters and digits; an apilayer product: "a unique combination of letters and digits". Named by serpstack's name in any syntax (detectors/lib/named.ts).
// https://serpstack.com/documentation
export default defineNamedDetector({
  id: 'serpstack-access-key',
  provider: 'serpstack',
  tokenKind: 'access-key',
  names: ['serpstack'],
  value: { alphabet: 'alnum', length: 32 },
  docs: { url: 'https://serpstack.com/documentation', rotate: 'https://serpstack.com/dashboard' },
});

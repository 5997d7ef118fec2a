import { defineNamedDetector } from './lib/named.js';

// Fixer access keys: 32 letters and digits; an apilayer product: "a unique combination of letters and digits". Named by Fixer's name in any syntax (detectors/lib/named.ts).
// https://fixer.io/documentation
export default defineNamedDetector({
  id: 'fixer-access-key',
  provider: 'fixer',
  tokenKind: 'access-key',
  names: ['fixer_io', 'fixerio', 'fixer_api'],
  value: { alphabet: 'alnum', length: 32 },
  docs: { url: 'https://fixer.io/documentation', rotate: 'https://fixer.io/dashboard' },
});

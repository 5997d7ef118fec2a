import { defineNamedDetector } from './lib/named.js';

// mediastack access keys: 32 letters and digits; an apilayer product: "a unique combination of letters and digits". Named by mediastack's name in any syntax (detectors/lib/named.ts).
// https://mediastack.com/documentation
export default defineNamedDetector({
  id: 'mediastack-access-key',
  provider: 'mediastack',
  tokenKind: 'access-key',
  names: ['mediastack'],
  value: { alphabet: 'alnum', length: 32 },
  docs: { url: 'https://mediastack.com/documentation', rotate: 'https://mediastack.com/dashboard' },
});

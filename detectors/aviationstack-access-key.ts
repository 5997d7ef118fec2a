import { defineNamedDetector } from './lib/named.js';

// Aviationstack access keys: 32 letters and digits; an apilayer product: "a unique combination of letters and digits". Named by Aviationstack's name in any syntax (detectors/lib/named.ts).
// https://aviationstack.com/documentation
export default defineNamedDetector({
  id: 'aviationstack-access-key',
  provider: 'aviationstack',
  tokenKind: 'access-key',
  names: ['aviationstack'],
  value: { alphabet: 'alnum', length: 32 },
  docs: { url: 'https://aviationstack.com/documentation', rotate: 'https://aviationstack.com/dashboard' },
});

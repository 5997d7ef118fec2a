import { defineNamedDetector } from './lib/named.js';

// positionstack access keys: 32 letters and digits; an apilayer product: "a unique combination of letters and digits". Named by positionstack's name in any syntax (detectors/lib/named.ts).
// https://positionstack.com/documentation
export default defineNamedDetector({
  id: 'positionstack-access-key',
  provider: 'positionstack',
  tokenKind: 'access-key',
  names: ['positionstack'],
  value: { alphabet: 'alnum', length: 32 },
  docs: { url: 'https://positionstack.com/documentation', rotate: 'https://positionstack.com/dashboard' },
});

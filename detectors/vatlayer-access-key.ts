import { defineNamedDetector } from './lib/named.js';

// vatlayer access keys: 32 letters and digits; an apilayer product: "a unique combination of letters and digits". Named by vatlayer's name in any syntax (detectors/lib/named.ts).
// https://vatlayer.com/documentation
export default defineNamedDetector({
  id: 'vatlayer-access-key',
  provider: 'vatlayer',
  tokenKind: 'access-key',
  names: ['vatlayer'],
  value: { alphabet: 'alnum', length: 32 },
  docs: { url: 'https://vatlayer.com/documentation', rotate: 'https://vatlayer.com/dashboard' },
});

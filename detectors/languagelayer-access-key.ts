import { defineNamedDetector } from './lib/named.js';

// languagelayer access keys: 32 letters and digits; an apilayer product: "a unique combination of letters and digits". Named by languagelayer's name in any syntax (detectors/lib/named.ts).
// https://languagelayer.com/documentation
export default defineNamedDetector({
  id: 'languagelayer-access-key',
  provider: 'languagelayer',
  tokenKind: 'access-key',
  names: ['languagelayer'],
  value: { alphabet: 'alnum', length: 32 },
  docs: { url: 'https://languagelayer.com/documentation', rotate: 'https://languagelayer.com/dashboard' },
});

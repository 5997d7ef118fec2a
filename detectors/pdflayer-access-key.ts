import { defineNamedDetector } from './lib/named.js';

// pdflayer access keys: 32 letters and digits; an apilayer product: "a unique combination of letters and digits". Named by pdflayer's name in any syntax (detectors/lib/named.ts).
// https://pdflayer.com/documentation
export default defineNamedDetector({
  id: 'pdflayer-access-key',
  provider: 'pdflayer',
  tokenKind: 'access-key',
  names: ['pdflayer'],
  value: { alphabet: 'alnum', length: 32 },
  docs: { url: 'https://pdflayer.com/documentation', rotate: 'https://pdflayer.com/dashboard' },
});

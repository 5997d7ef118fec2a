import { defineNamedDetector } from './lib/named.js';

// Currencylayer access keys: 32 letters and digits; "a unique combination of letters and digits" (https://docs.apilayer.com/currencylayer/docs/api-key-authentication). Named by Currencylayer's name in any syntax (detectors/lib/named.ts).
// https://currencylayer.com/documentation
export default defineNamedDetector({
  id: 'currencylayer-access-key',
  provider: 'currencylayer',
  tokenKind: 'access-key',
  names: ['currencylayer'],
  value: { alphabet: 'alnum', length: 32 },
  docs: { url: 'https://currencylayer.com/documentation', rotate: 'https://currencylayer.com/dashboard' },
});

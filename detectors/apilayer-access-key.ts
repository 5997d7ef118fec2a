import { defineNamedDetector } from './lib/named.js';

// APILayer access keys: 32 letters and digits; APILayer gives "a unique combination of letters and digits" (https://docs.apilayer.com/currencylayer/docs/api-key-authentication). Named by APILayer's name in any syntax (detectors/lib/named.ts).
// https://apilayer.com/docs/article/managing-api-keys
export default defineNamedDetector({
  id: 'apilayer-access-key',
  provider: 'apilayer',
  tokenKind: 'access-key',
  names: ['apilayer'],
  value: { alphabet: 'alnum', length: 32 },
  docs: { url: 'https://apilayer.com/docs/article/managing-api-keys', rotate: 'https://apilayer.com/account' },
});

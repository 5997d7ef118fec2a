import { defineNamedDetector } from './lib/named.js';

// mailboxlayer access keys: 32 letters and digits; an apilayer product: "a unique combination of letters and digits". Named by mailboxlayer's name in any syntax (detectors/lib/named.ts).
// https://mailboxlayer.com/documentation
export default defineNamedDetector({
  id: 'mailboxlayer-access-key',
  provider: 'mailboxlayer',
  tokenKind: 'access-key',
  names: ['mailboxlayer'],
  value: { alphabet: 'alnum', length: 32 },
  docs: { url: 'https://mailboxlayer.com/documentation', rotate: 'https://mailboxlayer.com/dashboard' },
});

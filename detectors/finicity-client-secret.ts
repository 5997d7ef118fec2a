import { defineNamedDetector } from './lib/named.js';

// Finicity client secrets: 20 alnum characters, found only where Finicity's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: the shape is the one keys are issued in, not a documented grammar; the API is described at https://developer.mastercard.com/open-banking-us/documentation/quick-start-guide/.
export default defineNamedDetector({
  id: 'finicity-client-secret',
  provider: 'finicity',
  tokenKind: 'client-secret',
  names: ['finicity'],
  value: { alphabet: 'alnum', length: 20 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developer.mastercard.com/open-banking-us/documentation/quick-start-guide/', rotate: 'https://developer.mastercard.com/account/apps' },
});

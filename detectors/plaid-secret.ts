import { defineNamedDetector } from './lib/named.js';

// Plaid secrets: 30 lower-case hex, found only where Plaid's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://plaid.com/docs/api/#api-access does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'plaid-secret',
  provider: 'plaid',
  tokenKind: 'secret',
  names: ['plaid'],
  value: { alphabet: 'hex', length: 30 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://plaid.com/docs/api/#api-access', rotate: 'https://dashboard.plaid.com/developers/keys' },
});

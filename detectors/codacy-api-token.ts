import { defineNamedDetector } from './lib/named.js';

// Codacy API tokens: 20 letters and digits, found only where Codacy's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.codacy.com/codacy-api/api-tokens/ does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'codacy-api-token',
  provider: 'codacy',
  tokenKind: 'api-token',
  names: ['codacy'],
  value: { alphabet: 'alnum', length: 20 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.codacy.com/codacy-api/api-tokens/', rotate: 'https://app.codacy.com/account/access-management' },
});

import { defineNamedDetector } from './lib/named.js';

// Algolia admin API keys: 32 lower-case hex, found only where Algolia's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://www.algolia.com/doc/guides/security/api-keys/ does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'algolia-admin-api-key',
  provider: 'algolia',
  tokenKind: 'admin-api-key',
  names: ['algolia'],
  // The search-only key is published in front-end code by design (https://www.algolia.com/doc/guides/security/api-keys/).
  notWords: ['search', 'monitoring'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://www.algolia.com/doc/guides/security/api-keys/', rotate: 'https://dashboard.algolia.com/account/api-keys' },
});

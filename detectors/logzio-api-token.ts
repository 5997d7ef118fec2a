import { defineNamedDetector } from './lib/named.js';

// Logz.io API tokens: a UUID, found only where Logz.io's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.logz.io/docs/user-guide/admin/authentication-tokens/api-tokens/ does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'logzio-api-token',
  provider: 'logzio',
  tokenKind: 'api-token',
  names: ['logzio', 'logz_io'],
  value: { alphabet: 'uuid' },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.logz.io/docs/user-guide/admin/authentication-tokens/api-tokens/', rotate: 'https://app.logz.io/#/dashboard/settings/manage-tokens' },
});

import { defineNamedDetector } from './lib/named.js';

// Rollbar access tokens: 32 lower-case hex, found only where Rollbar's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.rollbar.com/docs/access-tokens does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'rollbar-access-token',
  provider: 'rollbar',
  tokenKind: 'access-token',
  names: ['rollbar'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.rollbar.com/docs/access-tokens', rotate: 'https://rollbar.com/settings/accounts/' },
});

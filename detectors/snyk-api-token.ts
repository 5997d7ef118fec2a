import { defineNamedDetector } from './lib/named.js';

// Snyk API tokens: a UUID, found only where Snyk's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.snyk.io/snyk-api/authentication-for-api does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'snyk-api-token',
  provider: 'snyk',
  tokenKind: 'api-token',
  names: ['snyk'],
  value: { alphabet: 'uuid' },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.snyk.io/snyk-api/authentication-for-api', rotate: 'https://app.snyk.io/account' },
});

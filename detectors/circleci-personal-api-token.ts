import { defineNamedDetector } from './lib/named.js';

// CircleCI personal API tokens: 40 lower-case hex, found only where CircleCI's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://circleci.com/docs/managing-api-tokens/ does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'circleci-personal-api-token',
  provider: 'circleci',
  tokenKind: 'personal-api-token',
  names: ['circleci', 'circle_ci', 'circle_token'],
  value: { alphabet: 'hex', length: 40 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://circleci.com/docs/managing-api-tokens/', rotate: 'https://app.circleci.com/settings/user/tokens' },
});

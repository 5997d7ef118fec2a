import { defineNamedDetector } from './lib/named.js';

// Travis CI API tokens: 22 URL-safe base64 characters, found only where Travis CI's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.travis-ci.com/user/triggering-builds/ does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'travis-ci-api-token',
  provider: 'travis-ci',
  tokenKind: 'api-token',
  names: ['travis_ci', 'travisci', 'travis_token', 'travis_api'],
  value: { alphabet: 'base64url', length: 22 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.travis-ci.com/user/triggering-builds/', rotate: 'https://app.travis-ci.com/account/preferences' },
});

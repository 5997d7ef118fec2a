import { defineNamedDetector } from './lib/named.js';

// Sauce Labs access keys: a UUID, found only where Sauce Labs's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.saucelabs.com/basics/acct-team-mgmt/managing-user-info/#access-key does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'saucelabs-access-key',
  provider: 'saucelabs',
  tokenKind: 'access-key',
  names: ['saucelabs', 'sauce_labs', 'sauce_access'],
  value: { alphabet: 'uuid' },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.saucelabs.com/basics/acct-team-mgmt/managing-user-info/#access-key', rotate: 'https://app.saucelabs.com/user-settings' },
});

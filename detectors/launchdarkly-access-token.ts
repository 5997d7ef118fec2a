import { defineNamedDetector } from './lib/named.js';

// LaunchDarkly access tokens: a UUID, found only where LaunchDarkly's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://launchdarkly.com/docs/api: the docs do not state the token format.
export default defineNamedDetector({
  id: 'launchdarkly-access-token',
  provider: 'launchdarkly',
  tokenKind: 'access-token',
  names: ['launchdarkly', 'launch_darkly'],
  value: { alphabet: 'uuid' },
  unconfirmed: 'the docs do not state the token format',
  docs: { url: 'https://launchdarkly.com/docs/api', rotate: 'https://app.launchdarkly.com/settings/authorization' },
});

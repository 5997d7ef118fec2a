import { defineNamedDetector } from './lib/named.js';

// Mixpanel API secrets: 32 lower-case hex, found only where Mixpanel's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developer.mixpanel.com/reference/authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'mixpanel-api-secret',
  provider: 'mixpanel',
  tokenKind: 'api-secret',
  names: ['mixpanel'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developer.mixpanel.com/reference/authentication', rotate: 'https://mixpanel.com/settings/project' },
});

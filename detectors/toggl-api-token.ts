import { defineNamedDetector } from './lib/named.js';

// Toggl Track API tokens: 32 lower-case hex, found only where Toggl Track's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://engineering.toggl.com/docs/authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'toggl-api-token',
  provider: 'toggl',
  tokenKind: 'api-token',
  names: ['toggl'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://engineering.toggl.com/docs/authentication', rotate: 'https://track.toggl.com/profile' },
});

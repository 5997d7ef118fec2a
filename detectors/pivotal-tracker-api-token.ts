import { defineNamedDetector } from './lib/named.js';

// Pivotal Tracker API tokens: 32 lower-case hex, found only where Pivotal Tracker's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://www.pivotaltracker.com/help/api/rest/v5#top does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'pivotal-tracker-api-token',
  provider: 'pivotal-tracker',
  tokenKind: 'api-token',
  names: ['pivotal_tracker', 'pivotaltracker', 'tracker_token'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://www.pivotaltracker.com/help/api/rest/v5#top', rotate: 'https://www.pivotaltracker.com/profile' },
});

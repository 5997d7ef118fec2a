import { defineNamedDetector } from './lib/named.js';

// Todoist API tokens: 40 lower-case hex, found only where Todoist's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developer.todoist.com/rest/v2/#authorization does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'todoist-api-token',
  provider: 'todoist',
  tokenKind: 'api-token',
  names: ['todoist'],
  value: { alphabet: 'hex', length: 40 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developer.todoist.com/rest/v2/#authorization', rotate: 'https://app.todoist.com/app/settings/integrations/developer' },
});

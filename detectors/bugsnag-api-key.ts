import { defineNamedDetector } from './lib/named.js';

// Bugsnag API keys: 32 lower-case hex, found only where Bugsnag's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.bugsnag.com/api/data-access/ does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'bugsnag-api-key',
  provider: 'bugsnag',
  names: ['bugsnag'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.bugsnag.com/api/data-access/', rotate: 'https://app.bugsnag.com/settings' },
});

import { defineNamedDetector } from './lib/named.js';

// Statuspage API keys: a UUID, found only where Statuspage's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developer.statuspage.io/#section/Authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'statuspage-api-key',
  provider: 'statuspage',
  names: ['statuspage', 'status_page'],
  value: { alphabet: 'uuid' },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developer.statuspage.io/#section/Authentication', rotate: 'https://manage.statuspage.io/login' },
});

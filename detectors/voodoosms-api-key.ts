import { defineNamedDetector } from './lib/named.js';

// VoodooSMS api keys: 46 alnum characters, found only where VoodooSMS's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: the shape is the one keys are issued in, not a documented grammar; the API is described at https://www.voodoosms.com/portal/api.
export default defineNamedDetector({
  id: 'voodoosms-api-key',
  provider: 'voodoosms',
  names: ['voodoosms', 'voodoo_sms'],
  value: { alphabet: 'alnum', length: 46 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://www.voodoosms.com/portal/api', rotate: 'https://www.voodoosms.com/portal/api' },
});

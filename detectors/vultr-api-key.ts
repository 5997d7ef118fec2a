import { defineNamedDetector } from './lib/named.js';

// Vultr API keys: 36 upper-case letters and digits, found only where Vultr's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://www.vultr.com/api/#section/Authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'vultr-api-key',
  provider: 'vultr',
  names: ['vultr'],
  value: { alphabet: 'upper-alnum', length: 36 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://www.vultr.com/api/#section/Authentication', rotate: 'https://my.vultr.com/settings/#settingsapi' },
});

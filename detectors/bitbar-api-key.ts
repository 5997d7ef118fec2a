import { defineNamedDetector } from './lib/named.js';

// Bitbar API keys: 20–64 alphanumerics, found only where Bitbar's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://support.smartbear.com/bitbar/docs/en/bitbar-api.html does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'bitbar-api-key',
  provider: 'bitbar',
  names: ['bitbar', 'testdroid'],
  value: { alphabet: 'alnum', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://support.smartbear.com/bitbar/docs/en/bitbar-api.html', rotate: 'https://cloud.bitbar.com/#user/my-account' },
});

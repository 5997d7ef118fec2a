import { defineNamedDetector } from './lib/named.js';

// Shodan API keys: 32 letters and digits, found only where Shodan's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developer.shodan.io/api/requirements does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'shodan-api-key',
  provider: 'shodan',
  names: ['shodan'],
  value: { alphabet: 'alnum', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developer.shodan.io/api/requirements', rotate: 'https://account.shodan.io/' },
});

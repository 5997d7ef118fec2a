import { defineNamedDetector } from './lib/named.js';

// BuddyNS API keys: 20–64 alphanumerics, found only where BuddyNS's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://www.buddyns.com/support/api/v2/ does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'buddyns-api-key',
  provider: 'buddyns',
  names: ['buddyns'],
  value: { alphabet: 'alnum', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://www.buddyns.com/support/api/v2/', rotate: 'https://www.buddyns.com/' },
});

import { defineNamedDetector } from './lib/named.js';

// Eventbrite private tokens: 20 upper-case letters and digits, found only where Eventbrite's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://www.eventbrite.com/platform/api#/introduction/authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'eventbrite-private-token',
  provider: 'eventbrite',
  tokenKind: 'private-token',
  names: ['eventbrite'],
  value: { alphabet: 'upper-alnum', length: 20 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://www.eventbrite.com/platform/api#/introduction/authentication', rotate: 'https://www.eventbrite.com/platform/api-keys' },
});

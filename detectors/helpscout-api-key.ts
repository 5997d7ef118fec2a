import { defineNamedDetector } from './lib/named.js';

// Help Scout api keys: 40 hex characters, found only where Help Scout's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: the shape is the one keys are issued in, not a documented grammar; the API is described at https://developer.helpscout.com/mailbox-api/overview/authentication/.
export default defineNamedDetector({
  id: 'helpscout-api-key',
  provider: 'helpscout',
  names: ['helpscout', 'help_scout'],
  value: { alphabet: 'hex', length: 40 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developer.helpscout.com/mailbox-api/overview/authentication/', rotate: 'https://secure.helpscout.net/users/authentication/' },
});

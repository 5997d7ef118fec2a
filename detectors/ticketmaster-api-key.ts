import { defineNamedDetector } from './lib/named.js';

// Ticketmaster consumer keys: 32 alnum characters, found only where Ticketmaster's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: the shape is the one keys are issued in, not a documented grammar; the API is described at https://developer.ticketmaster.com/products-and-docs/apis/getting-started/.
export default defineNamedDetector({
  id: 'ticketmaster-api-key',
  provider: 'ticketmaster',
  tokenKind: 'consumer-key',
  names: ['ticketmaster'],
  value: { alphabet: 'alnum', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developer.ticketmaster.com/products-and-docs/apis/getting-started/', rotate: 'https://developer-acct.ticketmaster.com/user/login' },
});

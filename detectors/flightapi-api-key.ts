import { defineNamedDetector } from './lib/named.js';

// FlightAPI API keys: 20–64 alphanumerics, found only where FlightAPI's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.flightapi.io/ does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'flightapi-api-key',
  provider: 'flightapi',
  names: ['flightapi', 'flight_api'],
  value: { alphabet: 'alnum', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.flightapi.io/', rotate: 'https://www.flightapi.io/dashboard' },
});

import { defineNamedDetector } from './lib/named.js';

// Customer.io API keys: 20–32 lower-case hex, found only where Customer.io's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://customer.io/docs/api/track/#section/Authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'customerio-api-key',
  provider: 'customerio',
  names: ['customerio', 'customer_io'],
  value: { alphabet: 'hex', length: [20, 32] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://customer.io/docs/api/track/#section/Authentication', rotate: 'https://fly.customer.io/settings/api_credentials' },
});

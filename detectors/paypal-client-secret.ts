import { defineNamedDetector } from './lib/named.js';

// PayPal client secrets: 80 URL-safe base64 characters, found only where PayPal's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developer.paypal.com/api/rest/authentication/ does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'paypal-client-secret',
  provider: 'paypal',
  tokenKind: 'client-secret',
  names: ['paypal'],
  value: { alphabet: 'base64url', length: 80 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developer.paypal.com/api/rest/authentication/', rotate: 'https://developer.paypal.com/dashboard/applications' },
});

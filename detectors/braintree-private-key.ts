import { defineNamedDetector } from './lib/named.js';

// Braintree private keys: 32 lower-case hex, found only where Braintree's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developer.paypal.com/braintree/articles/control-panel/important-gateway-credentials does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'braintree-private-key',
  provider: 'braintree',
  tokenKind: 'private-key',
  names: ['braintree'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developer.paypal.com/braintree/articles/control-panel/important-gateway-credentials', rotate: 'https://www.braintreegateway.com/' },
});

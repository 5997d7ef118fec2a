import { defineNamedDetector } from './lib/named.js';

// CurrencyBeacon (CurrencyScoop) API keys: 20–64 alphanumerics, found only where CurrencyBeacon (CurrencyScoop)'s name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://currencybeacon.com/api-documentation does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'currencyscoop-api-key',
  provider: 'currencyscoop',
  names: ['currencyscoop', 'currencybeacon'],
  value: { alphabet: 'alnum', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://currencybeacon.com/api-documentation', rotate: 'https://currencybeacon.com/account' },
});

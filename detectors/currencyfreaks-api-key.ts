import { defineNamedDetector } from './lib/named.js';

// CurrencyFreaks API keys: 20–64 alphanumerics, found only where CurrencyFreaks's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://currencyfreaks.com/documentation.html does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'currencyfreaks-api-key',
  provider: 'currencyfreaks',
  names: ['currencyfreaks'],
  value: { alphabet: 'alnum', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://currencyfreaks.com/documentation.html', rotate: 'https://currencyfreaks.com/dashboard' },
});

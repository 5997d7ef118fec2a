import { defineNamedDetector } from './lib/named.js';

// CryptoCompare API keys: 64 lower-case hex characters, found only where CryptoCompare's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://min-api.cryptocompare.com/documentation does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'cryptocompare-api-key',
  provider: 'cryptocompare',
  names: ['cryptocompare'],
  value: { alphabet: 'hex', length: 64 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://min-api.cryptocompare.com/documentation', rotate: 'https://www.cryptocompare.com/cryptopian/api-keys' },
});

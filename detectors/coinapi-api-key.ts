import { defineNamedDetector } from './lib/named.js';

// CoinAPI API keys: a UUID, found only where CoinAPI's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.coinapi.io/authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'coinapi-api-key',
  provider: 'coinapi',
  names: ['coinapi'],
  value: { alphabet: 'uuid' },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.coinapi.io/authentication', rotate: 'https://customerportal.coinapi.io/' },
});

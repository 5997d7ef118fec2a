import { defineNamedDetector } from './lib/named.js';

// Weatherbit API keys: 32 lower-case hex, found only where Weatherbit's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://www.weatherbit.io/api does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'weatherbit-api-key',
  provider: 'weatherbit',
  names: ['weatherbit'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://www.weatherbit.io/api', rotate: 'https://www.weatherbit.io/account/dashboard' },
});

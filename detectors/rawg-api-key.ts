import { defineNamedDetector } from './lib/named.js';

// RAWG API keys: 32 lower-case hex, found only where RAWG's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://rawg.io/apidocs does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'rawg-api-key',
  provider: 'rawg',
  names: ['rawg'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://rawg.io/apidocs', rotate: 'https://rawg.io/@/apikey' },
});

import { defineNamedDetector } from './lib/named.js';

// Geocodio API keys: 39 lower-case hex, found only where Geocodio's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://www.geocod.io/docs/#authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'geocodio-api-key',
  provider: 'geocodio',
  names: ['geocodio'],
  value: { alphabet: 'hex', length: 39 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://www.geocod.io/docs/#authentication', rotate: 'https://dash.geocod.io/apikey' },
});

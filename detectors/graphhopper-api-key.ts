import { defineNamedDetector } from './lib/named.js';

// GraphHopper API keys: a UUID, found only where GraphHopper's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.graphhopper.com/#section/Authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'graphhopper-api-key',
  provider: 'graphhopper',
  names: ['graphhopper'],
  value: { alphabet: 'uuid' },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.graphhopper.com/#section/Authentication', rotate: 'https://graphhopper.com/dashboard/#/apikeys' },
});

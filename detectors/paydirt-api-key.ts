import { defineNamedDetector } from './lib/named.js';

// Paydirt api keys: 32 hex characters, found only where Paydirt's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: the shape is the one keys are issued in, not a documented grammar; the API is described at https://paydirtapp.com/api/v1.
export default defineNamedDetector({
  id: 'paydirt-api-key',
  provider: 'paydirt',
  names: ['paydirtapp', 'paydirt'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://paydirtapp.com/api/v1', rotate: 'https://paydirtapp.com/' },
});

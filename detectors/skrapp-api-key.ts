import { defineNamedDetector } from './lib/named.js';

// Skrapp api keys: 42 alnum characters, found only where Skrapp's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: the shape is the one keys are issued in, not a documented grammar; the API is described at https://skrapp.io/api.
export default defineNamedDetector({
  id: 'skrapp-api-key',
  provider: 'skrapp',
  names: ['skrapp'],
  value: { alphabet: 'alnum', length: 42 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://skrapp.io/api', rotate: 'https://app.skrapp.io/settings/api' },
});

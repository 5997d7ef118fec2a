import { defineNamedDetector } from './lib/named.js';

// Atera api keys: 32 lower-alnum characters, found only where Atera's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: the shape is the one keys are issued in, not a documented grammar; the API is described at https://app.atera.com/apidocs.
export default defineNamedDetector({
  id: 'atera-api-key',
  provider: 'atera',
  names: ['atera'],
  value: { alphabet: 'lower-alnum', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://app.atera.com/apidocs', rotate: 'https://app.atera.com/new/admin/api' },
});

import { defineNamedDetector } from './lib/named.js';

// AppSynergy api keys: 64 lower-alnum characters, found only where AppSynergy's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: the shape is the one keys are issued in, not a documented grammar; the API is described at https://www.appsynergy.com/api-docs/.
export default defineNamedDetector({
  id: 'appsynergy-api-key',
  provider: 'appsynergy',
  names: ['appsynergy'],
  value: { alphabet: 'lower-alnum', length: 64 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://www.appsynergy.com/api-docs/', rotate: 'https://www.appsynergy.com/' },
});

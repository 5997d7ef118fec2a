import { defineNamedDetector } from './lib/named.js';

// tyntec api keys: 32 hex characters, found only where tyntec's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: the shape is the one keys are issued in, not a documented grammar; the API is described at https://api.tyntec.com/reference/.
export default defineNamedDetector({
  id: 'tyntec-api-key',
  provider: 'tyntec',
  names: ['tyntec'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://api.tyntec.com/reference/', rotate: 'https://my.tyntec.com/api-settings' },
});

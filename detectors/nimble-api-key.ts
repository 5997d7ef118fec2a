import { defineNamedDetector } from './lib/named.js';

// Nimble api keys: 30 alnum characters, found only where Nimble's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: the shape is the one keys are issued in, not a documented grammar; the API is described at https://nimble.readthedocs.io/en/latest/.
export default defineNamedDetector({
  id: 'nimble-api-key',
  provider: 'nimble',
  names: ['nimble'],
  value: { alphabet: 'alnum', length: 30 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://nimble.readthedocs.io/en/latest/', rotate: 'https://app.nimble.com/#app/settings/api' },
});

import { defineNamedDetector } from './lib/named.js';

// UpLead api keys: 32 lower-alnum characters, found only where UpLead's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: the shape is the one keys are issued in, not a documented grammar; the API is described at https://docs.uplead.com/.
export default defineNamedDetector({
  id: 'uplead-api-key',
  provider: 'uplead',
  names: ['uplead'],
  value: { alphabet: 'lower-alnum', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.uplead.com/', rotate: 'https://app.uplead.com/api' },
});

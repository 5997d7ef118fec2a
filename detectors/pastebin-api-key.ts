import { defineNamedDetector } from './lib/named.js';

// Pastebin api keys: 32 alnum characters, found only where Pastebin's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: the shape is the one keys are issued in, not a documented grammar; the API is described at https://pastebin.com/doc_api.
export default defineNamedDetector({
  id: 'pastebin-api-key',
  provider: 'pastebin',
  names: ['pastebin'],
  value: { alphabet: 'alnum', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://pastebin.com/doc_api', rotate: 'https://pastebin.com/doc_api' },
});

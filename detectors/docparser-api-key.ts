import { defineNamedDetector } from './lib/named.js';

// Docparser API keys: 40 hex characters, found only where Docparser's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docparser.com/api/#authentication does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'docparser-api-key',
  provider: 'docparser',
  names: ['docparser'],
  value: { alphabet: 'any-hex', length: 40 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docparser.com/api/#authentication', rotate: 'https://app.docparser.com/myaccount/api' },
});

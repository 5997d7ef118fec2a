import { defineNamedDetector } from './lib/named.js';

// ExtractorAPI API keys: 20–64 alphanumerics, found only where ExtractorAPI's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://extractorapi.com/documentation/ does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'extractorapi-api-key',
  provider: 'extractorapi',
  names: ['extractorapi', 'extractor_api'],
  value: { alphabet: 'alnum', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://extractorapi.com/documentation/', rotate: 'https://extractorapi.com/dashboard/' },
});

import { defineNamedDetector } from './lib/named.js';

// TomTom API keys: 32 letters and digits, found only where TomTom's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developer.tomtom.com/knowledgebase/platform/articles/how-to-get-an-tomtom-api-key/ does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'tomtom-api-key',
  provider: 'tomtom',
  names: ['tomtom'],
  value: { alphabet: 'alnum', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developer.tomtom.com/knowledgebase/platform/articles/how-to-get-an-tomtom-api-key/', rotate: 'https://developer.tomtom.com/user/me/apps' },
});

import { defineNamedDetector } from './lib/named.js';

// Box developer tokens: 32 alphanumerics, found only where Box's name names the value (detectors/lib/named.ts).
// 'box' is a common word: only spellings that name Box's API count.
// UNCONFIRMED: https://developer.box.com/guides/authentication/tokens/developer-tokens/ does not state the length or alphabet of developer tokens; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'box-developer-token',
  provider: 'box',
  tokenKind: 'developer-token',
  names: ['box_api', 'box_developer', 'boxapi'],
  value: { alphabet: 'alnum', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet of developer tokens',
  docs: { url: 'https://developer.box.com/guides/authentication/tokens/developer-tokens/', rotate: 'https://app.box.com/developers/console' },
});

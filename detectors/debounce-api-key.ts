import { defineNamedDetector } from './lib/named.js';

// DeBounce API keys: 13–40 alphanumerics, found only where DeBounce's name names the value (detectors/lib/named.ts).
// 'debounce' alone is a function in most JavaScript code: only spellings that name DeBounce's API count.
// UNCONFIRMED: https://developers.debounce.io/reference/authentication does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'debounce-api-key',
  provider: 'debounce',
  names: ['debounce_io', 'debounceio', 'debounce_api'],
  value: { alphabet: 'alnum', length: [13, 40] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developers.debounce.io/reference/authentication', rotate: 'https://app.debounce.io/api' },
});

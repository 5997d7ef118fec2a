import { defineNamedDetector } from './lib/named.js';

// Chatfuel API tokens: 20–128 alphanumerics, found only where Chatfuel's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.chatfuel.com/en/articles/735122-json-api does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'chatfuel-api-token',
  provider: 'chatfuel',
  tokenKind: 'api-token',
  names: ['chatfuel'],
  value: { alphabet: 'alnum', length: [20, 128] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.chatfuel.com/en/articles/735122-json-api', rotate: 'https://dashboard.chatfuel.com/' },
});

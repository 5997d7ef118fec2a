import { defineNamedDetector } from './lib/named.js';

// NewsCatcher api keys: 43 base64url characters, found only where NewsCatcher's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: the shape is the one keys are issued in, not a documented grammar; the API is described at https://www.newscatcherapi.com/docs/.
export default defineNamedDetector({
  id: 'newscatcher-api-key',
  provider: 'newscatcher',
  names: ['newscatcher'],
  value: { alphabet: 'base64url', length: 43 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://www.newscatcherapi.com/docs/', rotate: 'https://app.newscatcherapi.com/' },
});

import { defineNamedDetector } from './lib/named.js';

// Ethplorer API keys: 20–64 URL-safe base64 characters, found only where Ethplorer's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://github.com/EverexIO/Ethplorer/wiki/Ethplorer-API does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'ethplorer-api-key',
  provider: 'ethplorer',
  names: ['ethplorer'],
  value: { alphabet: 'base64url', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://github.com/EverexIO/Ethplorer/wiki/Ethplorer-API', rotate: 'https://ethplorer.io/account/' },
});

import { defineNamedDetector } from './lib/named.js';

// Glassnode API keys: 20–64 alphanumerics, found only where Glassnode's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.glassnode.com/basic-api/api-key does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'glassnode-api-key',
  provider: 'glassnode',
  names: ['glassnode'],
  value: { alphabet: 'alnum', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.glassnode.com/basic-api/api-key', rotate: 'https://studio.glassnode.com/settings/api' },
});

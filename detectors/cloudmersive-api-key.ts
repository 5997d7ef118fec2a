import { defineNamedDetector } from './lib/named.js';

// Cloudmersive API keys: a UUID, found only where Cloudmersive's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://api.cloudmersive.com/docs/ does not state the key format; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'cloudmersive-api-key',
  provider: 'cloudmersive',
  names: ['cloudmersive'],
  value: { alphabet: 'uuid' },
  unconfirmed: 'the docs do not state the key format',
  docs: { url: 'https://api.cloudmersive.com/docs/', rotate: 'https://account.cloudmersive.com/keys' },
});

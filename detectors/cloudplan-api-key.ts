import { defineNamedDetector } from './lib/named.js';

// Cloudplan API keys: 20–64 alphanumerics, found only where Cloudplan's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://www.cloudplan.net/api/ does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'cloudplan-api-key',
  provider: 'cloudplan',
  names: ['cloudplan'],
  value: { alphabet: 'alnum', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://www.cloudplan.net/api/', rotate: 'https://www.cloudplan.net/' },
});

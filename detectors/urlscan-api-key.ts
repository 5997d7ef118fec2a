import { defineNamedDetector } from './lib/named.js';

// urlscan.io API keys: a UUID, found only where urlscan.io's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://urlscan.io/docs/api/ does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'urlscan-api-key',
  provider: 'urlscan',
  names: ['urlscan'],
  value: { alphabet: 'uuid' },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://urlscan.io/docs/api/', rotate: 'https://urlscan.io/user/profile/' },
});

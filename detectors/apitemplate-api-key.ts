import { defineNamedDetector } from './lib/named.js';

// APITemplate.io API keys: 20–64 alphanumerics, found only where APITemplate.io's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://apitemplate.io/apiv2/ does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'apitemplate-api-key',
  provider: 'apitemplate',
  names: ['apitemplate'],
  value: { alphabet: 'alnum', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://apitemplate.io/apiv2/', rotate: 'https://app.apitemplate.io/' },
});

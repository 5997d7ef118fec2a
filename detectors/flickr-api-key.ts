import { defineNamedDetector } from './lib/named.js';

// Flickr API keys: 16–32 lower-case hex characters, found only where Flickr's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://www.flickr.com/services/api/misc.api_keys.html does not state the length or alphabet (keys are issued as 32 and secrets as 16 hex characters); the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'flickr-api-key',
  provider: 'flickr',
  names: ['flickr'],
  value: { alphabet: 'hex', length: [16, 32] },
  unconfirmed: 'the docs do not state the length or alphabet (keys are issued as 32 and secrets as 16 hex characters)',
  docs: { url: 'https://www.flickr.com/services/api/misc.api_keys.html', rotate: 'https://www.flickr.com/services/apps/by/me' },
});

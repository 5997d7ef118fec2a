import { defineNamedDetector } from './lib/named.js';

// BestTime private API keys: 36 lower-case hex characters starting pri_, found only where BestTime's name names the value (detectors/lib/named.ts).
// Private keys start pri_ (public ones pub_, which are safe to expose): https://documentation.besttime.app/.
// UNCONFIRMED: https://documentation.besttime.app/ does not state the length after pri_; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'besttime-private-api-key',
  provider: 'besttime',
  tokenKind: 'private-api-key',
  names: ['besttime'],
  value: { alphabet: 'hex', length: 36, prefix: 'pri_' },
  unconfirmed: 'the docs do not state the length after pri_',
  docs: { url: 'https://documentation.besttime.app/', rotate: 'https://besttime.app/api/v1/keys' },
});

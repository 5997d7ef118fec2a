import { defineNamedDetector } from './lib/named.js';

// Coda API tokens: a UUID, found only where Coda's name names the value (detectors/lib/named.ts).
// 'coda' alone is inside Swift's Codable and other words: only spellings that name Coda's API count.
// UNCONFIRMED: https://coda.io/developers/apis/v1#section/Authentication does not state the token format; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'coda-api-token',
  provider: 'coda',
  tokenKind: 'api-token',
  names: ['coda_api', 'codaio', 'coda_io'],
  value: { alphabet: 'uuid' },
  unconfirmed: 'the docs do not state the token format',
  docs: { url: 'https://coda.io/developers/apis/v1#section/Authentication', rotate: 'https://coda.io/account' },
});

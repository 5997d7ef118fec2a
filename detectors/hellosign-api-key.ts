import { defineNamedDetector } from './lib/named.js';

// Dropbox Sign (HelloSign) API keys: 64 lower-case hex characters, found only where Dropbox Sign (HelloSign)'s name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developers.hellosign.com/api/reference/authentication/ does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'hellosign-api-key',
  provider: 'hellosign',
  names: ['hellosign', 'hello_sign', 'dropbox_sign'],
  value: { alphabet: 'hex', length: 64 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developers.hellosign.com/api/reference/authentication/', rotate: 'https://app.hellosign.com/home/myAccount#api' },
});

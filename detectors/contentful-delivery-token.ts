import { defineNamedDetector } from './lib/named.js';

// Contentful delivery tokens: 43 URL-safe base64 characters, found only where Contentful's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://www.contentful.com/developers/docs/references/authentication/ does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'contentful-delivery-token',
  provider: 'contentful',
  tokenKind: 'delivery-token',
  names: ['contentful'],
  value: { alphabet: 'base64url', length: 43 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://www.contentful.com/developers/docs/references/authentication/', rotate: 'https://app.contentful.com/' },
});

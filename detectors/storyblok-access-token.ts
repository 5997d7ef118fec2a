import { defineNamedDetector } from './lib/named.js';

// Storyblok access tokens: 22–30 URL-safe base64 characters, found only where Storyblok's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://www.storyblok.com/docs/api/content-delivery/v2/getting-started/authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'storyblok-access-token',
  provider: 'storyblok',
  tokenKind: 'access-token',
  names: ['storyblok'],
  value: { alphabet: 'base64url', length: [22, 30] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://www.storyblok.com/docs/api/content-delivery/v2/getting-started/authentication', rotate: 'https://app.storyblok.com/' },
});

import { defineNamedDetector } from './lib/named.js';

// ProxyCrawl (Crawlbase) tokens: 22 URL-safe base64 characters, found only where ProxyCrawl (Crawlbase)'s name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://crawlbase.com/docs/crawling-api/#authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'proxycrawl-token',
  provider: 'proxycrawl',
  tokenKind: 'token',
  names: ['proxycrawl', 'crawlbase'],
  value: { alphabet: 'base64url', length: 22 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://crawlbase.com/docs/crawling-api/#authentication', rotate: 'https://crawlbase.com/dashboard/account/docs' },
});

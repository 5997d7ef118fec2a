import { defineNamedDetector } from './lib/named.js';

// News API API keys: 32 lower-case hex, found only where News API's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://newsapi.org/docs/authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'newsapi-api-key',
  provider: 'newsapi',
  names: ['newsapi', 'news_api'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://newsapi.org/docs/authentication', rotate: 'https://newsapi.org/account' },
});

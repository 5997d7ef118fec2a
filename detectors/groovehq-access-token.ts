import { defineUrlTokenDetector } from './lib/url-token.js';

// Groove's API takes an access token as `?access_token=` on api.groovehq.com (https://www.groovehq.com/docs); tokens
// are 64 hex characters (observed, UNCONFIRMED). It reads and answers the account's support tickets.
export default defineUrlTokenDetector({
  id: 'groovehq-access-token',
  provider: 'groovehq',
  tokenKind: 'access-token',
  host: 'api\\.groovehq\\.com',
  exampleHost: 'api.groovehq.com',
  keywords: ['api.groovehq.com'],
  at: { param: 'access_token' },
  value: { cls: 'a-f0-9', length: [64, 64], chars: '0123456789abcdef' },
  unconfirmed: 'the token length is not stated',
  docs: { url: 'https://www.groovehq.com/docs', rotate: 'https://www.groovehq.com/docs' },
});

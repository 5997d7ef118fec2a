import { defineUrlTokenDetector } from './lib/url-token.js';

// NASA's open APIs take a key as `?api_key=` on api.nasa.gov (https://api.nasa.gov/); issued keys are 40
// alphanumerics (observed, UNCONFIRMED), and the docs' shared DEMO_KEY is not one. A key only raises rate limits, but
// it is the account's, and abuse is charged to it.
export default defineUrlTokenDetector({
  id: 'nasa-api-key',
  provider: 'nasa',
  tokenKind: 'api-key',
  host: 'api\\.nasa\\.gov',
  exampleHost: 'api.nasa.gov',
  keywords: ['api.nasa.gov'],
  at: { param: 'api_key' },
  value: { cls: 'A-Za-z0-9', length: [40, 40], chars: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789' },
  unconfirmed: 'the key length is not stated',
  docs: { url: 'https://api.nasa.gov/', rotate: 'https://api.nasa.gov/' },
});

import { defineUrlTokenDetector } from './lib/url-token.js';

// Blynk's device HTTPS API takes the device's auth token as `?token=` on blynk.cloud and its regional hosts
// (https://docs.blynk.io/en/blynk.cloud/device-https-api); tokens are 32 base64url characters (observed, UNCONFIRMED).
// Whoever holds it reads and writes the device's datastreams (switches relays, feeds values).
export default defineUrlTokenDetector({
  id: 'blynk-device-token',
  provider: 'blynk',
  tokenKind: 'device-token',
  host: '(?:[a-z0-9-]+\\.)?blynk\\.cloud',
  exampleHost: 'fra1.blynk.cloud',
  keywords: ['blynk.cloud'],
  at: { param: 'token' },
  value: { cls: 'A-Za-z0-9_-', length: [32, 32], chars: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-' },
  unconfirmed: 'the token length is not stated',
  docs: { url: 'https://docs.blynk.io/en/blynk.cloud/device-https-api', rotate: 'https://blynk.cloud/dashboard' },
});

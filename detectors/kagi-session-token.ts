import { defineUrlTokenDetector } from './lib/url-token.js';

// Kagi's private session link carries the account's session token as `?token=` on kagi.com
// (https://help.kagi.com/kagi/getting-started/setting-default.html); tokens are base64url with dots, 40 to 80
// characters (observed, UNCONFIRMED). Whoever holds the link searches as the account, on its plan.
export default defineUrlTokenDetector({
  id: 'kagi-session-token',
  provider: 'kagi',
  tokenKind: 'session-token',
  host: '(?:www\\.)?kagi\\.com',
  exampleHost: 'kagi.com',
  keywords: ['kagi.com'],
  at: { param: 'token' },
  value: { cls: 'A-Za-z0-9._-', length: [40, 80], chars: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789' },
  unconfirmed: 'the token length is not stated',
  docs: { url: 'https://help.kagi.com/kagi/getting-started/setting-default.html', rotate: 'https://kagi.com/settings?p=user_details' },
});

import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Google OAuth 2.0 access tokens start ya29. (https://cloud.google.com/docs/authentication/token-types#access: "ya29."
// prefixed, opaque); the body is base64url, of variable length (UNCONFIRMED: 50–2048 accepted, taken by `extend`). A token
// is short-lived (an hour) and carries the scopes its user or service account granted.
export default defineDetector({
  id: 'google-oauth-access-token',
  provider: 'google-oauth',
  tokenKind: 'access-token',
  keywords: ['ya29.'],
  pattern: /\b(ya29\.[A-Za-z0-9_-]{50})/g,
  extend: (text, end) => {
    let i = end;
    while (i < text.length && i - end < 2000 && /[A-Za-z0-9_.-]/.test(text[i])) i++;
    while (text[i - 1] === '.') i--;
    return i;
  },
  check: (secret) => randomBody(secret.slice(5)),
  redaction: { kind: 'prefix', prefix: /^ya29\./ },
  docs: { url: 'https://cloud.google.com/docs/authentication/token-types#access', rotate: 'https://myaccount.google.com/permissions' },
  examples: () => ({
    positive: [
      { text: (t) => `GOOGLE_OAUTH_ACCESS_TOKEN=${t}`, secret: 'ya29.' + fake.base64url(160), variable: 'GOOGLE_OAUTH_ACCESS_TOKEN' },
      { text: (t) => `curl -H "Authorization: Bearer ${t}" https://www.googleapis.com/drive/v3/files`, secret: `ya29.a0${fake.base64url(120)}` },
      { text: (t) => `{"access_token": "${t}", "expires_in": 3599, "token_type": "Bearer"}`, secret: 'ya29.' + fake.base64url(200) },
    ],
    negative: [
      { text: `token = "ya29.${fake.alnum(20)}"`, why: 'near miss: 20 characters after the prefix' },
      { text: 'Authorization: Bearer ya29.' + 'x'.repeat(80), why: 'a placeholder of one repeated character' },
    ],
  }),
});

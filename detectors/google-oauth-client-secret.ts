import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Google OAuth client secrets created since 2021 start GOCSPX- followed by 28 base64url characters
// (https://developers.google.com/identity/protocols/oauth2; the prefix is shown in Google Cloud console's client
// secrets, length observed, UNCONFIRMED). With the client id it exchanges authorization codes and refresh tokens for the
// users who granted the app access. gcloud's own published installed-app secret is older and has no prefix.
export default defineDetector({
  id: 'google-oauth-client-secret',
  provider: 'google-oauth',
  tokenKind: 'client-secret',
  keywords: ['gocspx-'],
  pattern: /\b(GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])/g,
  check: (secret) => randomBody(secret.slice(7)),
  redaction: { kind: 'prefix', prefix: /^GOCSPX-/ },
  docs: { url: 'https://developers.google.com/identity/protocols/oauth2', rotate: 'https://console.cloud.google.com/apis/credentials' },
  examples: () => ({
    positive: [
      { text: (t) => `GOOGLE_CLIENT_SECRET=${t}`, secret: 'GOCSPX-' + fake.base64url(28), variable: 'GOOGLE_CLIENT_SECRET' },
      {
        text: (t) => `{"installed":{"client_id":"${fake.digits(12)}-${fake.lowerAlnum(32)}.apps.googleusercontent.com","client_secret":"${t}"}}`,
        secret: 'GOCSPX-' + fake.base64url(28),
        path: 'client_secret.json',
      },
      { text: (t) => `  google:\n    clientSecret: ${t}\n`, secret: 'GOCSPX-' + fake.base64url(28) },
    ],
    negative: [
      { text: `GOOGLE_CLIENT_SECRET=GOCSPX-${fake.alnum(12)}`, why: 'near miss: 12 characters after the prefix' },
      { text: 'GOOGLE_CLIENT_SECRET=GOCSPX-' + 'x'.repeat(28), why: 'a placeholder of one repeated character' },
    ],
  }),
});

import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Zoho OAuth tokens open `1000.`: the docs' refresh-token and authorization-code examples read 1000. + 32 hex + . + 32 hex
// (https://www.zoho.com/accounts/protocol/oauth/web-apps/access-token.html); access tokens are issued in the same
// layout (observed, UNCONFIRMED). A refresh token mints access tokens for its scopes (CRM records, mail, books) until
// revoked; an access token lasts an hour.
export default defineDetector({
  id: 'zoho-oauth-token',
  provider: 'zoho',
  tokenKind: 'oauth-token',
  keywords: ['1000.'],
  pattern: /(?<![A-Za-z0-9_.-])(1000\.[a-f0-9]{32}\.[a-f0-9]{32})(?![A-Za-z0-9_.-])/g,
  check: (secret) => randomBody(secret.slice(5, 37), 3.2) && randomBody(secret.slice(38), 3.2),
  redaction: { kind: 'prefix', prefix: /^1000\./ },
  docs: { url: 'https://www.zoho.com/accounts/protocol/oauth/web-apps/access-token.html', rotate: 'https://accounts.zoho.com/home#sessions/userauthtoken' },
  examples: () => ({
    positive: [
      { text: (t) => `ZOHO_REFRESH_TOKEN=${t}`, secret: `1000.${fake.hex(32)}.${fake.hex(32)}`, variable: 'ZOHO_REFRESH_TOKEN' },
      { text: (t) => `headers = {"Authorization": "Zoho-oauthtoken ${t}"}`, secret: `1000.${fake.hex(32)}.${fake.hex(32)}`, path: 'crm.py' },
      { text: (t) => `{"refresh_token": "${t}", "api_domain": "https://www.zohoapis.com"}`, secret: `1000.${fake.hex(32)}.${fake.hex(32)}` },
    ],
    negative: [
      { text: `ZOHO_CLIENT_ID=1000.${fake.upper32(30)}`, why: 'a client id: one part, upper case' },
      { text: `ZOHO_REFRESH_TOKEN=1000.${fake.hex(24)}.${fake.hex(24)}`, why: 'near miss: 24-character parts' },
      { text: `ZOHO_REFRESH_TOKEN=1000.${'0'.repeat(32)}.${'f'.repeat(32)}`, why: 'not random: runs of one character' },
    ],
  }),
});

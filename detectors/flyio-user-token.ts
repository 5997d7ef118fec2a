import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// fo1_ + 43 characters: a user OAuth token (`fly auth token`), which "can manage all of your organizations'
// apps" (gitleaks flyio-access-token; https://fly.io/docs/reference/deploy-tokens/).
export default defineDetector({
  id: 'flyio-user-token',
  provider: 'flyio',
  tokenKind: 'user-token',
  keywords: ['fo1_'],
  pattern: /\b(fo1_[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g,
  redaction: { kind: 'prefix', prefix: /^fo1_/ },
  docs: { url: 'https://fly.io/docs/reference/deploy-tokens/', rotate: 'https://fly.io/user/personal_access_tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `FLY_API_TOKEN=${t}`, secret: 'fo1_' + fake.base64url(43), variable: 'FLY_API_TOKEN' },
      { text: (t) => `access_token: ${t}\n`, secret: 'fo1_' + fake.base64url(43), path: '.fly/config.yml' },
      { text: (t) => `flyctl deploy --access-token ${t}`, secret: 'fo1_' + fake.base64url(43) },
    ],
    negative: [
      { text: 'FLY_API_TOKEN=fo1_' + fake.base64url(30), why: 'near miss: 30 characters after the prefix' },
      { text: 'FLY_API_TOKEN=fo1_' + 'x'.repeat(43), why: 'placeholder run of x' },
    ],
  }),
});

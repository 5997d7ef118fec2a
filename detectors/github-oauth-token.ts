import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { githubChecksum } from './lib/github.js';

// gho_ + 36 alphanumerics, the last six a CRC32 checksum (https://github.blog/changelog/2021-03-31-authentication-token-format-updates-are-generally-available).
export default defineDetector({
  id: 'github-oauth-token',
  provider: 'github',
  tokenKind: 'oauth-token',
  keywords: ['gho_'],
  pattern: /\b(gho_[A-Za-z0-9]{36})\b/g,
  enrich: (secret) => ({ facts: { checksum: githubChecksum(secret) } }),
  redaction: { kind: 'prefix', prefix: /^gho_/ },
  docs: { url: 'https://docs.github.com/apps/oauth-apps/building-oauth-apps/scopes-for-oauth-apps', rotate: 'https://github.com/settings/tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `GH_TOKEN=${t}`, secret: fake.github('gho_'), variable: 'GH_TOKEN' },
      { text: (t) => `{"token": "${t}"}`, secret: fake.github('gho_') },
      { text: (t) => `git clone https://x-access-token:${t}@github.com/acme/api.git`, secret: fake.github('gho_') },
    ],
    negative: [
      { text: 'GH_TOKEN=gho_' + 'x'.repeat(36), why: 'placeholder run of x' },
      { text: 'GH_TOKEN=gho_' + 'Ab3'.repeat(11) + 'Ab', why: 'near miss: 35 characters after the prefix' },
    ],
  }),
});

import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { githubChecksum } from './lib/github.js';

// ghu_ + 36 alphanumerics, the last six a CRC32 checksum (https://github.blog/changelog/2021-03-31-authentication-token-format-updates-are-generally-available).
export default defineDetector({
  id: 'github-user-to-server-token',
  provider: 'github',
  tokenKind: 'app-user-token',
  keywords: ['ghu_'],
  pattern: /\b(ghu_[A-Za-z0-9]{36})\b/g,
  enrich: (secret) => ({ facts: { checksum: githubChecksum(secret) } }),
  redaction: { kind: 'prefix', prefix: /^ghu_/ },
  docs: { url: 'https://docs.github.com/apps/creating-github-apps/authenticating-with-a-github-app/generating-a-user-access-token-for-a-github-app', rotate: 'https://github.com/settings/tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `GITHUB_TOKEN=${t}`, secret: fake.github('ghu_'), variable: 'GITHUB_TOKEN' },
      { text: (t) => `{"token": "${t}"}`, secret: fake.github('ghu_') },
      { text: (t) => `git clone https://x-access-token:${t}@github.com/acme/api.git`, secret: fake.github('ghu_') },
    ],
    negative: [
      { text: 'GITHUB_TOKEN=ghu_' + 'x'.repeat(36), why: 'placeholder run of x' },
      { text: 'GITHUB_TOKEN=ghu_' + 'Ab3'.repeat(11) + 'Ab', why: 'near miss: 35 characters after the prefix' },
    ],
  }),
});

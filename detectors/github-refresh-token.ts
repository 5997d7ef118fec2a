import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { githubChecksum } from './lib/github.js';

// ghr_ + 36 alphanumerics, the last six a CRC32 checksum (https://github.blog/changelog/2021-03-31-authentication-token-format-updates-are-generally-available).
export default defineDetector({
  id: 'github-refresh-token',
  provider: 'github',
  tokenKind: 'refresh-token',
  keywords: ['ghr_'],
  pattern: /\b(ghr_[A-Za-z0-9]{36})\b/g,
  enrich: (secret) => ({ facts: { checksum: githubChecksum(secret) } }),
  redaction: { kind: 'prefix', prefix: /^ghr_/ },
  docs: { url: 'https://docs.github.com/apps/creating-github-apps/authenticating-with-a-github-app/refreshing-user-access-tokens', rotate: 'https://github.com/settings/tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `GITHUB_REFRESH_TOKEN=${t}`, secret: fake.github('ghr_'), variable: 'GITHUB_REFRESH_TOKEN' },
      { text: (t) => `{"token": "${t}"}`, secret: fake.github('ghr_') },
      { text: (t) => `git clone https://x-access-token:${t}@github.com/acme/api.git`, secret: fake.github('ghr_') },
    ],
    negative: [
      { text: 'GITHUB_REFRESH_TOKEN=ghr_' + 'x'.repeat(36), why: 'placeholder run of x' },
      { text: 'GITHUB_REFRESH_TOKEN=ghr_' + 'Ab3'.repeat(11) + 'Ab', why: 'near miss: 35 characters after the prefix' },
    ],
  }),
});

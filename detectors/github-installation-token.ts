import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { githubChecksum } from './lib/github.js';

// ghs_ + 36 alphanumerics, the last six a CRC32 checksum (https://github.blog/changelog/2021-03-31-authentication-token-format-updates-are-generally-available).
export default defineDetector({
  id: 'github-installation-token',
  provider: 'github',
  tokenKind: 'installation-token',
  keywords: ['ghs_'],
  pattern: /\b(ghs_[A-Za-z0-9]{36})\b/g,
  enrich: (secret) => ({ facts: { checksum: githubChecksum(secret) } }),
  redaction: { kind: 'prefix', prefix: /^ghs_/ },
  docs: { url: 'https://docs.github.com/apps/creating-github-apps/authenticating-with-a-github-app/authenticating-as-a-github-app-installation', rotate: 'https://github.com/settings/tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `GITHUB_TOKEN=${t}`, secret: fake.github('ghs_'), variable: 'GITHUB_TOKEN' },
      { text: (t) => `{"token": "${t}"}`, secret: fake.github('ghs_') },
      { text: (t) => `git clone https://x-access-token:${t}@github.com/acme/api.git`, secret: fake.github('ghs_') },
    ],
    negative: [
      { text: 'GITHUB_TOKEN=ghs_' + 'x'.repeat(36), why: 'placeholder run of x' },
      { text: 'GITHUB_TOKEN=ghs_' + 'Ab3'.repeat(11) + 'Ab', why: 'near miss: 35 characters after the prefix' },
    ],
  }),
});

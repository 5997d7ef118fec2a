import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { githubChecksum } from './lib/github.js';

// ghp_ + 36 alphanumerics, the last six a CRC32 checksum (https://github.blog/changelog/2021-03-31-authentication-token-format-updates-are-generally-available).
export default defineDetector({
  id: 'github-classic-pat',
  provider: 'github',
  tokenKind: 'classic-pat',
  keywords: ['ghp_'],
  pattern: /\b(ghp_[A-Za-z0-9]{36})\b/g,
  enrich: (secret) => ({ facts: { checksum: githubChecksum(secret) } }),
  redaction: { kind: 'prefix', prefix: /^ghp_/ },
  docs: { url: 'https://docs.github.com/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens', rotate: 'https://github.com/settings/tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `GITHUB_TOKEN=${t}`, secret: fake.github('ghp_'), variable: 'GITHUB_TOKEN' },
      { text: (t) => `{"token": "${t}"}`, secret: fake.github('ghp_') },
      { text: (t) => `git clone https://x-access-token:${t}@github.com/acme/api.git`, secret: fake.github('ghp_') },
    ],
    negative: [
      { text: 'GITHUB_TOKEN=ghp_' + 'x'.repeat(36), why: 'placeholder run of x' },
      { text: 'GITHUB_TOKEN=ghp_' + 'Ab3'.repeat(11) + 'Ab', why: 'near miss: 35 characters after the prefix' },
    ],
  }),
});

import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// github_pat_ + 22 alphanumerics + _ + 59 alphanumerics = 93 characters (GitHub's revoke-API example
// in github/docs src/rest/data/fpt-2022-11-28/credentials.json; gitleaks uses the looser \w{82}).
export default defineDetector({
  id: 'github-fine-grained-pat',
  provider: 'github',
  tokenKind: 'fine-grained-pat',
  keywords: ['github_pat_'],
  pattern: /\b(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b/g,
  redaction: { kind: 'prefix', prefix: /^github_pat_/ },
  docs: {
    url: 'https://docs.github.com/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens',
    rotate: 'https://github.com/settings/personal-access-tokens',
  },
  examples: () => ({
    positive: [
      { text: (t) => `GH_TOKEN=${t}`, secret: fake.fineGrainedGithub(), variable: 'GH_TOKEN' },
      { text: (t) => `  github_token: "${t}"`, secret: fake.fineGrainedGithub() },
      { text: (t) => `{"env":{"GITHUB_PERSONAL_ACCESS_TOKEN":"${t}"}}`, secret: fake.fineGrainedGithub() },
    ],
    negative: [
      { text: 'GH_TOKEN=github_pat_' + 'x'.repeat(22) + '_' + 'x'.repeat(59), why: 'placeholder run of x' },
      { text: 'GH_TOKEN=github_pat_' + 'Ab3d'.repeat(5) + '_' + 'Ab3d'.repeat(14), why: 'near miss: 20 + 56 characters' },
    ],
  }),
});

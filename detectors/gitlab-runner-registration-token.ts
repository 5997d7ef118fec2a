import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// GitLab's deprecated runner registration tokens start GR1348941 (https://docs.gitlab.com/security/tokens/#token-prefixes),
// followed by 20 base64url characters as observed (UNCONFIRMED). Whoever holds one registers new runners for the
// project, group or instance, and so receives its jobs and their CI/CD variables.
export default defineDetector({
  id: 'gitlab-runner-registration-token',
  provider: 'gitlab',
  tokenKind: 'runner-registration-token',
  keywords: ['gr1348941'],
  pattern: /\b(GR1348941[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/g,
  redaction: { kind: 'prefix', prefix: /^GR1348941/ },
  docs: {
    url: 'https://docs.gitlab.com/security/tokens/#runner-registration-tokens-deprecated',
    rotate: 'https://docs.gitlab.com/ci/runners/runners_scope/#reset-the-runner-registration-token-for-a-project',
  },
  examples: () => ({
    positive: [
      { text: (t) => `REGISTRATION_TOKEN=${t}`, secret: 'GR1348941' + fake.base64url(20), variable: 'REGISTRATION_TOKEN' },
      { text: (t) => `gitlab-runner register --non-interactive --url https://gitlab.com --registration-token ${t}`, secret: 'GR1348941' + fake.base64url(20) },
      { text: (t) => `runnerRegistrationToken: "${t}"`, secret: 'GR1348941' + fake.base64url(20) },
    ],
    negative: [
      { text: `REGISTRATION_TOKEN=GR1348941${fake.alnum(10)}`, why: 'near miss: 10 characters after the prefix' },
      { text: 'REGISTRATION_TOKEN=GR1348941' + 'x'.repeat(20), why: 'a placeholder of one repeated character' },
    ],
  }),
});

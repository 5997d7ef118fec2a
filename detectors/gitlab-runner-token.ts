import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { gitlabExtend, gitlabPattern, gitlabShape, legacy, routable } from './lib/gitlab-tokens.js';

// GitLab runner authentication tokens start glrt- (https://docs.gitlab.com/security/tokens/#runner-authentication-tokens),
// kept in the runner's config.toml. Whoever holds one registers as the runner and receives its jobs: their
// CI/CD variables (often deploy credentials) and a job token for each.
export default defineDetector({
  id: 'gitlab-runner-token',
  provider: 'gitlab',
  tokenKind: 'runner-authentication-token',
  keywords: ['glrt-'],
  pattern: gitlabPattern('glrt-'),
  extend: gitlabExtend,
  check: gitlabShape('glrt-'),
  redaction: { kind: 'prefix', prefix: /^glrt-/ },
  docs: { url: 'https://docs.gitlab.com/security/tokens/#runner-authentication-tokens', rotate: 'https://docs.gitlab.com/ci/runners/runners_scope/' },
  examples: () => ({
    positive: [
      { text: (t) => `[[runners]]\n  name = "build-1"\n  url = "https://gitlab.com"\n  token = "${t}"\n  executor = "docker"\n`, secret: legacy('glrt-'), path: 'config.toml' },
      { text: (t) => `gitlab-runner register --url https://gitlab.com --token ${t}`, secret: routable('glrt-') },
      { text: (t) => `RUNNER_TOKEN=${t}`, secret: legacy('glrt-'), variable: 'RUNNER_TOKEN' },
    ],
    negative: [
      { text: `RUNNER_TOKEN=glrt-${fake.alnum(10)}`, why: 'near miss: 10 characters after the prefix' },
      { text: 'token = "glrt-' + '0'.repeat(20) + '"', why: 'a placeholder of zeros' },
    ],
  }),
});

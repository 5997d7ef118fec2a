import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { gitlabExtend, gitlabPattern, gitlabShape, legacy, routable } from './lib/gitlab-tokens.js';

// GitLab deploy tokens start gldt- (https://docs.gitlab.com/user/project/deploy_tokens/; prefix since GitLab 16.7,
// https://docs.gitlab.com/security/tokens/#token-prefixes). A deploy token reads (and with write scopes pushes to)
// one project's or group's repositories, container registry and package registry, as a username/password pair.
export default defineDetector({
  id: 'gitlab-deploy-token',
  provider: 'gitlab',
  tokenKind: 'deploy-token',
  keywords: ['gldt-'],
  pattern: gitlabPattern('gldt-'),
  extend: gitlabExtend,
  check: gitlabShape('gldt-'),
  redaction: { kind: 'prefix', prefix: /^gldt-/ },
  docs: { url: 'https://docs.gitlab.com/user/project/deploy_tokens/', rotate: 'https://docs.gitlab.com/user/project/deploy_tokens/#revoke-a-deploy-token' },
  examples: () => ({
    positive: [
      { text: (t) => `CI_DEPLOY_PASSWORD=${t}`, secret: legacy('gldt-'), variable: 'CI_DEPLOY_PASSWORD' },
      { text: (t) => `git clone https://gitlab+deploy-token-42:${t}@gitlab.com/acme/api.git`, secret: routable('gldt-') },
      { text: (t) => `docker login registry.gitlab.com -u gitlab+deploy-token-42 -p ${t}`, secret: legacy('gldt-') },
    ],
    negative: [
      { text: `CI_DEPLOY_PASSWORD=gldt-${fake.alnum(12)}`, why: 'near miss: 12 characters after the prefix' },
      { text: 'CI_DEPLOY_PASSWORD=gldt-' + 'x'.repeat(20), why: 'a placeholder of one repeated character' },
    ],
  }),
});

import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { gitlabExtend, gitlabPattern, gitlabShape, legacy } from './lib/gitlab-tokens.js';

// GitLab SCIM tokens start glsoat- (https://docs.gitlab.com/security/tokens/#token-prefixes). An identity provider uses
// one to provision and deprovision the group's (or instance's) users: whoever holds it adds members to the group and
// removes them.
export default defineDetector({
  id: 'gitlab-scim-token',
  provider: 'gitlab',
  tokenKind: 'scim-token',
  keywords: ['glsoat-'],
  pattern: gitlabPattern('glsoat-'),
  extend: gitlabExtend,
  check: gitlabShape('glsoat-'),
  redaction: { kind: 'prefix', prefix: /^glsoat-/ },
  docs: { url: 'https://docs.gitlab.com/user/group/saml_sso/scim_setup/', rotate: 'https://docs.gitlab.com/user/group/saml_sso/scim_setup/#configure-gitlab' },
  examples: () => ({
    positive: [
      { text: (t) => `GITLAB_SCIM_TOKEN=${t}`, secret: legacy('glsoat-'), variable: 'GITLAB_SCIM_TOKEN' },
      { text: (t) => `curl https://gitlab.com/api/scim/v2/groups/acme/Users -H "Authorization: Bearer ${t}"`, secret: legacy('glsoat-') },
      { text: (t) => `scim:\n  secretToken: ${t}\n`, secret: legacy('glsoat-') },
    ],
    negative: [
      { text: `GITLAB_SCIM_TOKEN=glsoat-${fake.alnum(10)}`, why: 'near miss: 10 characters after the prefix' },
      { text: 'GITLAB_SCIM_TOKEN=glsoat-' + 'x'.repeat(20), why: 'a placeholder of one repeated character' },
    ],
  }),
});

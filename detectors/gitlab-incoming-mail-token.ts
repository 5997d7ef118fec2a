import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { gitlabExtend, gitlabPattern, gitlabShape, legacy } from './lib/gitlab-tokens.js';

// GitLab incoming email tokens start glimt- (https://docs.gitlab.com/security/tokens/#incoming-email-token). The
// token is part of the address that creates issues and merge requests by email as its user.
export default defineDetector({
  id: 'gitlab-incoming-mail-token',
  provider: 'gitlab',
  tokenKind: 'incoming-email-token',
  keywords: ['glimt-'],
  pattern: gitlabPattern('glimt-'),
  extend: gitlabExtend,
  check: gitlabShape('glimt-'),
  redaction: { kind: 'prefix', prefix: /^glimt-/ },
  docs: { url: 'https://docs.gitlab.com/security/tokens/#incoming-email-token', rotate: 'https://docs.gitlab.com/user/project/issues/create_issues/#by-sending-an-email' },
  examples: () => ({
    positive: [
      { text: (t) => `GITLAB_INCOMING_TOKEN=${t}`, secret: 'glimt-' + fake.lowerAlnum(25), variable: 'GITLAB_INCOMING_TOKEN' },
      { text: (t) => `{"incoming_email_token":"${t}"}`, secret: legacy('glimt-') },
      { text: (t) => `issue_email_token: '${t}'`, secret: 'glimt-' + fake.lowerAlnum(25) },
    ],
    negative: [
      { text: `GITLAB_INCOMING_TOKEN=glimt-${fake.lowerAlnum(9)}`, why: 'near miss: 9 characters after the prefix' },
      { text: 'GITLAB_INCOMING_TOKEN=glimt-' + 'a'.repeat(25), why: 'a placeholder of one repeated character' },
    ],
  }),
});

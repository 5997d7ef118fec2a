import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { gitlabExtend, gitlabPattern, gitlabShape, legacy, routable } from './lib/gitlab-tokens.js';

// GitLab feed tokens start glft- (https://docs.gitlab.com/security/tokens/#feed-token). They authenticate RSS/Atom and
// calendar feeds as their user: read-only, but the feeds carry issue and merge-request titles and descriptions of
// private projects.
export default defineDetector({
  id: 'gitlab-feed-token',
  provider: 'gitlab',
  tokenKind: 'feed-token',
  keywords: ['glft-'],
  pattern: gitlabPattern('glft-'),
  extend: gitlabExtend,
  check: gitlabShape('glft-'),
  redaction: { kind: 'prefix', prefix: /^glft-/ },
  docs: { url: 'https://docs.gitlab.com/security/tokens/#feed-token', rotate: 'https://gitlab.com/-/user_settings/personal_access_tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `GITLAB_FEED_TOKEN=${t}`, secret: legacy('glft-'), variable: 'GITLAB_FEED_TOKEN' },
      { text: (t) => `https://gitlab.com/acme/api/-/issues.atom?feed_token=${t}&state=opened`, secret: legacy('glft-') },
      { text: (t) => `calendar: "https://gitlab.com/dashboard/issues.ics?feed_token=${t}"`, secret: routable('glft-') },
    ],
    negative: [
      { text: `GITLAB_FEED_TOKEN=glft-${fake.alnum(8)}`, why: 'near miss: 8 characters after the prefix' },
      { text: 'https://gitlab.com/acme/api/-/issues.atom?feed_token=glft-' + 'x'.repeat(20), why: 'a placeholder of one repeated character' },
    ],
  }),
});

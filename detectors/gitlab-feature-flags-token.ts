import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { gitlabExtend, gitlabPattern, gitlabShape, legacy } from './lib/gitlab-tokens.js';

// GitLab feature flags client tokens start glffct- (https://docs.gitlab.com/security/tokens/#token-prefixes), the
// Unleash "instance id" of a project's feature flags. Read-only: it reads the project's flag names and strategies.
export default defineDetector({
  id: 'gitlab-feature-flags-token',
  provider: 'gitlab',
  tokenKind: 'feature-flags-client-token',
  keywords: ['glffct-'],
  pattern: gitlabPattern('glffct-'),
  extend: gitlabExtend,
  check: gitlabShape('glffct-'),
  redaction: { kind: 'prefix', prefix: /^glffct-/ },
  docs: { url: 'https://docs.gitlab.com/operations/feature_flags/', rotate: 'https://docs.gitlab.com/operations/feature_flags/#get-access-credentials' },
  examples: () => ({
    positive: [
      { text: (t) => `UNLEASH_INSTANCE_ID=${t}`, secret: legacy('glffct-'), variable: 'UNLEASH_INSTANCE_ID' },
      { text: (t) => `new UnleashClient({ url: 'https://gitlab.com/api/v4/feature_flags/unleash/42', instanceId: '${t}', appName: 'production' })`, secret: legacy('glffct-') },
      { text: (t) => `unleash:\n  instance_id: ${t}\n`, secret: legacy('glffct-') },
    ],
    negative: [
      { text: `UNLEASH_INSTANCE_ID=glffct-${fake.alnum(10)}`, why: 'near miss: 10 characters after the prefix' },
      { text: 'UNLEASH_INSTANCE_ID=glffct-' + 'x'.repeat(20), why: 'a placeholder of one repeated character' },
    ],
  }),
});

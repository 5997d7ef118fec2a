import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { gitlabExtend, gitlabPattern, gitlabShape } from './lib/gitlab-tokens.js';

// GitLab agent for Kubernetes tokens start glagent- (https://docs.gitlab.com/security/tokens/#gitlab-cluster-agent-tokens),
// about 50 base64url characters after it as observed (UNCONFIRMED: 20–64 accepted). Whoever holds one connects as the
// agent to GitLab's agent server: it receives the manifests and CI/CD access the agent is configured for.
export default defineDetector({
  id: 'gitlab-agent-token',
  provider: 'gitlab',
  tokenKind: 'cluster-agent-token',
  keywords: ['glagent-'],
  pattern: gitlabPattern('glagent-'),
  extend: gitlabExtend,
  check: gitlabShape('glagent-'),
  redaction: { kind: 'prefix', prefix: /^glagent-/ },
  docs: { url: 'https://docs.gitlab.com/security/tokens/#gitlab-cluster-agent-tokens', rotate: 'https://docs.gitlab.com/user/clusters/agent/work_with_agent/#reset-the-agent-token' },
  examples: () => ({
    positive: [
      { text: (t) => `helm upgrade --install acme gitlab/gitlab-agent --set config.token=${t} --set config.kasAddress=wss://kas.gitlab.com`, secret: 'glagent-' + fake.base64url(50) },
      { text: (t) => `config:\n  token: ${t}\n  kasAddress: wss://kas.gitlab.com\n`, secret: 'glagent-' + fake.base64url(50) },
      { text: (t) => `AGENT_TOKEN=${t}`, secret: 'glagent-' + fake.base64url(50), variable: 'AGENT_TOKEN' },
    ],
    negative: [
      { text: `AGENT_TOKEN=glagent-${fake.alnum(10)}`, why: 'near miss: 10 characters after the prefix' },
      { text: 'AGENT_TOKEN=glagent-' + 'x'.repeat(50), why: 'a placeholder of one repeated character' },
    ],
  }),
});

import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// GitLab pipeline trigger tokens start glptt- (https://docs.gitlab.com/ci/triggers/, prefix in
// https://docs.gitlab.com/security/tokens/#token-prefixes) followed by 40 hex characters as observed (UNCONFIRMED).
// A trigger token runs pipelines on any branch of its project as the user who created it, with the variables
// the caller passes: with a deploy job, it deploys.
export default defineDetector({
  id: 'gitlab-pipeline-trigger-token',
  provider: 'gitlab',
  tokenKind: 'pipeline-trigger-token',
  keywords: ['glptt-'],
  pattern: /\b(glptt-[a-f0-9]{40})\b/g,
  check: (secret) => /[a-f]/.test(secret.slice(6)) && /[0-9]/.test(secret.slice(6)),
  redaction: { kind: 'prefix', prefix: /^glptt-/ },
  docs: { url: 'https://docs.gitlab.com/ci/triggers/', rotate: 'https://docs.gitlab.com/ci/triggers/#revoke-a-pipeline-trigger-token' },
  examples: () => ({
    positive: [
      { text: (t) => `TRIGGER_TOKEN=${t}`, secret: 'glptt-' + fake.hex(40), variable: 'TRIGGER_TOKEN' },
      { text: (t) => `curl -X POST --fail -F token=${t} -F ref=main https://gitlab.com/api/v4/projects/42/trigger/pipeline`, secret: 'glptt-' + fake.hex(40) },
      { text: (t) => `  trigger_token: "${t}"`, secret: 'glptt-' + fake.hex(40) },
    ],
    negative: [
      { text: `TRIGGER_TOKEN=glptt-${fake.hex(20)}`, why: 'near miss: 20 hex characters' },
      { text: 'TRIGGER_TOKEN=glptt-' + '0'.repeat(40), why: 'a placeholder of zeros' },
    ],
  }),
});

import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { gitlabExtend, gitlabPattern, gitlabShape } from './lib/gitlab-tokens.js';

// GitLab CI/CD job tokens start glcbt- (https://docs.gitlab.com/ci/jobs/ci_job_token/, prefix in
// https://docs.gitlab.com/security/tokens/#token-prefixes); the body after it carries a partition id and an underscore
// as observed (UNCONFIRMED). Valid only while its job runs, with the job's user's access to the projects on the
// job token allowlist: a job log or artifact that keeps one is a short-lived credential.
export default defineDetector({
  id: 'gitlab-ci-job-token',
  provider: 'gitlab',
  tokenKind: 'ci-job-token',
  keywords: ['glcbt-'],
  pattern: gitlabPattern('glcbt-'),
  extend: gitlabExtend,
  check: gitlabShape('glcbt-'),
  redaction: { kind: 'prefix', prefix: /^glcbt-/ },
  docs: { url: 'https://docs.gitlab.com/ci/jobs/ci_job_token/', rotate: 'https://docs.gitlab.com/ci/jobs/ci_job_token/#job-token-access' },
  examples: () => ({
    positive: [
      { text: (t) => `CI_JOB_TOKEN=${t}`, secret: `glcbt-64_${fake.base64url(20)}`, variable: 'CI_JOB_TOKEN' },
      { text: (t) => `git clone https://gitlab-ci-token:${t}@gitlab.com/acme/lib.git`, secret: `glcbt-64_${fake.base64url(20)}` },
      { text: (t) => `curl --header "JOB-TOKEN: ${t}" https://gitlab.com/api/v4/projects/42/packages`, secret: `glcbt-${fake.base64url(24)}` },
    ],
    negative: [
      { text: `CI_JOB_TOKEN=glcbt-${fake.alnum(10)}`, why: 'near miss: 10 characters after the prefix' },
      { text: 'CI_JOB_TOKEN=glcbt-' + 'x'.repeat(20), why: 'a placeholder of one repeated character' },
    ],
  }),
});

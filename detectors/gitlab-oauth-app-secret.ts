import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// GitLab OAuth application secrets start gloas- (https://docs.gitlab.com/security/tokens/#token-prefixes), followed
// by 64 hex characters as observed (UNCONFIRMED). With the application id it mints tokens for users who authorise the
// application, and impersonates the application to them.
export default defineDetector({
  id: 'gitlab-oauth-app-secret',
  provider: 'gitlab',
  tokenKind: 'oauth-application-secret',
  keywords: ['gloas-'],
  pattern: /\b(gloas-[a-f0-9]{64})\b/g,
  check: (secret) => /[a-f]/.test(secret.slice(6)) && /[0-9]/.test(secret.slice(6)),
  redaction: { kind: 'prefix', prefix: /^gloas-/ },
  docs: { url: 'https://docs.gitlab.com/integration/oauth_provider/', rotate: 'https://docs.gitlab.com/integration/oauth_provider/#view-all-authorized-applications' },
  examples: () => ({
    positive: [
      { text: (t) => `GITLAB_CLIENT_SECRET=${t}`, secret: 'gloas-' + fake.hex(64), variable: 'GITLAB_CLIENT_SECRET' },
      { text: (t) => `  gitlab:\n    client_id: ${fake.hex(64)}\n    client_secret: ${t}\n`, secret: 'gloas-' + fake.hex(64) },
      { text: (t) => `provider = GitLab(client_id="${fake.hex(64)}", client_secret="${t}")`, secret: 'gloas-' + fake.hex(64) },
    ],
    negative: [
      { text: `GITLAB_CLIENT_SECRET=gloas-${fake.hex(32)}`, why: 'near miss: 32 hex characters' },
      { text: 'GITLAB_CLIENT_SECRET=gloas-' + 'f'.repeat(64), why: 'a placeholder of one repeated character' },
    ],
  }),
});

import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Stytch project secrets are secret-live- or secret-test- + 36 base64url characters
// (https://stytch.com/docs/guides/dashboard/api-keys; length observed, UNCONFIRMED). With the project id a live secret
// manages every user and session of the project: it creates, impersonates and deletes users.
const token = () => 'secret-live-' + fake.base64url(36);

export default defineDetector({
  id: 'stytch-secret',
  provider: 'stytch',
  tokenKind: 'live-secret',
  keywords: ['secret-live-', 'secret-test-'],
  pattern: /\b(secret-(?:live|test)-[A-Za-z0-9_=-]{36})(?![A-Za-z0-9_=-])/g,
  check: (secret) => randomBody(secret.slice(12)),
  redaction: { kind: 'prefix', prefix: /^secret-(?:live|test)-/ },
  docs: { url: 'https://stytch.com/docs/guides/dashboard/api-keys', rotate: 'https://stytch.com/dashboard/api-keys' },
  examples: () => ({
    positive: [
      { text: (t) => `STYTCH_SECRET=${t}`, secret: token(), variable: 'STYTCH_SECRET' },
      { text: (t) => `client = stytch.Client(project_id="project-live-${fake.uuid()}", secret="${t}")`, secret: token() },
      { text: (t) => `const client = new stytch.Client({ project_id: PROJECT_ID, secret: '${t}' });`, secret: token() },
    ],
    negative: [
      { text: `STYTCH_SECRET=secret-live-${fake.alnum(12)}`, why: 'near miss: 12 characters after the prefix' },
      { text: `STYTCH_SECRET=secret-live-${'x'.repeat(36)}`, why: 'a placeholder of one repeated character' },
    ],
  }),
});

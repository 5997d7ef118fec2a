import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Harness API tokens are pat.<account id>.<token id>.<secret> for personal access tokens and sat. for service account
// tokens (https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/); the part lengths (22
// base64url, 24 hex, 20 alphanumerics) are observed, UNCONFIRMED. A token carries its user's or service account's
// roles: pipelines, secrets and delegates of the account.
const token = () => `pat.${fake.base64url(22)}.${fake.hex(24)}.${fake.alnum(20)}`;

export default defineDetector({
  id: 'harness-access-token',
  provider: 'harness',
  tokenKind: 'personal-access-token',
  keywords: ['pat.', 'sat.'],
  pattern: /\b([ps]at\.[A-Za-z0-9_-]{22}\.[a-f0-9]{24}\.[A-Za-z0-9]{20})\b/g,
  check: (secret) => randomBody(secret.slice(secret.lastIndexOf('.') + 1), 3, false),
  redaction: { kind: 'prefix', prefix: /^[ps]at\.[A-Za-z0-9_-]{22}\./ },
  docs: {
    url: 'https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/',
    rotate: 'https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/#rotate-tokens',
  },
  examples: () => ({
    positive: [
      { text: (t) => `HARNESS_API_KEY=${t}`, secret: token(), variable: 'HARNESS_API_KEY' },
      { text: (t) => `curl https://app.harness.io/ng/api/user/currentUser -H "x-api-key: ${t}"`, secret: token() },
      { text: (t) => `provider "harness" {\n  platform_api_key = "${t}"\n}\n`, secret: token() },
    ],
    negative: [
      { text: `HARNESS_API_KEY=pat.${fake.base64url(22)}.${fake.hex(24)}`, why: 'near miss: without the secret part' },
      { text: `HARNESS_API_KEY=pat.${'x'.repeat(22)}.${'0'.repeat(24)}.${'x'.repeat(20)}`, why: 'a placeholder of one repeated character' },
    ],
  }),
});

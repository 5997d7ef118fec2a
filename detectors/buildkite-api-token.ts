import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// Buildkite user API access tokens open bkua_ (https://buildkite.com/docs/apis/managing-api-tokens) followed by 40
// hex characters (observed, UNCONFIRMED). A token has its scopes on every organization it was granted, which can
// include writing pipelines (and so running code on every agent) and deleting them.
export default defineDetector({
  id: 'buildkite-api-token',
  provider: 'buildkite',
  tokenKind: 'api-access-token',
  keywords: ['bkua_'],
  pattern: /\b(bkua_[a-f0-9]{40})(?![A-Za-z0-9_-])/g,
  check: (secret) => /[a-f]/.test(secret.slice(5)) && /[0-9]/.test(secret.slice(5)),
  redaction: { kind: 'prefix', prefix: /^bkua_/ },
  docs: { url: 'https://buildkite.com/docs/apis/managing-api-tokens', rotate: 'https://buildkite.com/user/api-access-tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `BUILDKITE_API_TOKEN=${t}`, secret: 'bkua_' + fake.hex(40), variable: 'BUILDKITE_API_TOKEN' },
      { text: (t) => `{"mcpServers":{"buildkite":{"command":"buildkite-mcp-server","args":["stdio"],"env":{"BUILDKITE_API_TOKEN":"${t}"}}}}`, secret: 'bkua_' + fake.hex(40) },
      { text: (t) => `provider "buildkite" {\n  api_token = "${t}"\n}\n`, secret: 'bkua_' + fake.hex(40) },
    ],
    negative: [
      { text: `BUILDKITE_API_TOKEN=bkua_${fake.hex(30)}`, why: 'near miss: 30 hex characters, not 40' },
      { text: `BUILDKITE_API_TOKEN=bkua_${fake.alnum(40)}`, why: 'near miss: not hex' },
    ],
  }),
});

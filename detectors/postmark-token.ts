import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { variableIs } from './lib/context.js';

// Postmark's API tokens are UUIDs sent in X-Postmark-Server-Token (one server) or X-Postmark-Account-Token (the whole
// account) (https://postmarkapp.com/developer/api/overview#authentication): a Postmark token only where a
// postmark-named token or key variable holds it. A variable that says ACCOUNT holds an account token.
export default defineDetector({
  id: 'postmark-token',
  provider: 'postmark',
  tokenKind: 'server-token',
  keywords: ['postmark'],
  pattern: /\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/gi,
  check: (_secret, input) => variableIs(input, /postmark/i, /token|key|secret/i),
  enrich: (_secret, input) => (/account/i.test(input.variable ?? '') ? { tokenKind: 'account-token' } : {}),
  redaction: { kind: 'prefix', prefix: /^/ },
  docs: { url: 'https://postmarkapp.com/developer/api/overview#authentication', rotate: 'https://account.postmarkapp.com/servers' },
  // Examples are built on first use (by the tests), never during a scan.
  examples: () => ({
    positive: [
      { text: (t) => `POSTMARK_SERVER_TOKEN=${t}`, secret: fake.uuid(), variable: 'POSTMARK_SERVER_TOKEN' },
      { text: (t) => `{"mcpServers":{"postmark":{"env":{"POSTMARK_SERVER_TOKEN":"${t}"}}}}`, secret: fake.uuid() },
      { text: (t) => `export POSTMARK_ACCOUNT_TOKEN=${t}`, secret: fake.uuid() },
    ],
    negative: [
      { text: `POSTMARK_TEMPLATE_ID=${fake.uuid()}`, why: 'a template id in a Postmark variable, not a token' },
      { text: `REQUEST_ID=${fake.uuid()}\n# sent with postmark`, why: 'a UUID outside a Postmark token variable' },
    ],
  }),
});

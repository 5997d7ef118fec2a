import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Checkly user API keys start cu_ (https://www.checklyhq.com/docs/integrations/api-keys/, CHECKLY_API_KEY) followed
// by 32 lower-case hex characters as observed (UNCONFIRMED). A key acts as its user on the account: it creates, edits
// and deletes checks and their environment variables (often credentials).
const token = () => 'cu_' + fake.hex(32);

export default defineDetector({
  id: 'checkly-api-key',
  provider: 'checkly',
  tokenKind: 'api-key',
  keywords: ['cu_'],
  pattern: /\b(cu_[a-f0-9]{32})\b/g,
  check: (secret) => randomBody(secret.slice(3)),
  redaction: { kind: 'prefix', prefix: /^cu_/ },
  docs: { url: 'https://www.checklyhq.com/docs/integrations/api-keys/', rotate: 'https://app.checklyhq.com/settings/user/api-keys' },
  examples: () => ({
    positive: [
      { text: (t) => `CHECKLY_API_KEY=${t}`, secret: token(), variable: 'CHECKLY_API_KEY' },
      { text: (t) => `npx checkly deploy --force # CHECKLY_API_KEY=${t}`, secret: token() },
      { text: (t) => `curl https://api.checklyhq.com/v1/checks -H "Authorization: Bearer ${t}"`, secret: token() },
    ],
    negative: [
      { text: `CHECKLY_API_KEY=cu_${fake.hex(16)}`, why: 'near miss: 16 hex characters' },
      { text: `CHECKLY_API_KEY=cu_${'0'.repeat(32)}`, why: 'a placeholder of one repeated character' },
    ],
  }),
});

import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// OpenRouter "treats a bearer that starts with sk-or-v1- as an API key"
// (https://openrouter.ai/docs/guides/overview/auth/api-keys); the key is issued as 64 lower-case hex characters after
// the prefix (the length is observed, UNCONFIRMED). A key reaches the credits of its account, up to its own limit.
const PREFIX = ['sk-or', 'v1-'].join('-');

export default defineDetector({
  id: 'openrouter-api-key',
  provider: 'openrouter',
  tokenKind: 'api-key',
  keywords: [PREFIX],
  pattern: new RegExp(`\\b(${PREFIX}[a-f0-9]{64})(?![A-Za-z0-9_-])`, 'g'),
  redaction: { kind: 'prefix', prefix: new RegExp(`^${PREFIX}`) },
  docs: { url: 'https://openrouter.ai/docs/guides/overview/auth/api-keys', rotate: 'https://openrouter.ai/settings/keys' },
  examples: () => ({
    positive: [
      { text: (t) => `OPENROUTER_API_KEY=${t}`, secret: PREFIX + fake.hex(64), variable: 'OPENROUTER_API_KEY' },
      { text: (t) => `{"mcpServers":{"router":{"env":{"OPENROUTER_API_KEY":"${t}"}}}}`, secret: PREFIX + fake.hex(64) },
      { text: (t) => `client = OpenAI(base_url="https://openrouter.ai/api/v1", api_key="${t}")`, secret: PREFIX + fake.hex(64) },
    ],
    negative: [
      { text: `OPENROUTER_API_KEY=${PREFIX}${fake.hex(40)}`, why: 'near miss: 40 hex characters, not 64' },
      { text: `OPENROUTER_API_KEY=${PREFIX}your-key-here`, why: "the docs' placeholder" },
    ],
  }),
});

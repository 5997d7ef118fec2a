import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// Groq API keys start gsk_ and every key reaches the whole API (no scoped keys): https://console.groq.com/docs/quickstart,
// keys managed at https://console.groq.com/keys. The 52 alphanumerics after the prefix are the length keys are issued
// with, not a documented grammar (UNCONFIRMED), so mixed case and digits are required against identifiers.
export default defineDetector({
  id: 'groq-api-key',
  provider: 'groq',
  tokenKind: 'api-key',
  keywords: ['gsk_'],
  pattern: /\b(gsk_[A-Za-z0-9]{52})(?![A-Za-z0-9_-])/g,
  check: (secret) => /[A-Z]/.test(secret) && /[a-z]/.test(secret.slice(4)) && /[0-9]/.test(secret),
  redaction: { kind: 'prefix', prefix: /^gsk_/ },
  docs: { url: 'https://console.groq.com/docs/quickstart', rotate: 'https://console.groq.com/keys' },
  examples: () => ({
    positive: [
      { text: (t) => `GROQ_API_KEY=${t}`, secret: 'gsk_' + fake.alnum(52), variable: 'GROQ_API_KEY' },
      { text: (t) => `{"mcpServers":{"groq":{"command":"npx","args":["groq-mcp"],"env":{"GROQ_API_KEY":"${t}"}}}}`, secret: 'gsk_' + fake.alnum(52) },
      { text: (t) => `client = Groq(api_key="${t}")`, secret: 'gsk_' + fake.alnum(52) },
    ],
    negative: [
      { text: `GROQ_API_KEY=gsk_${fake.alnum(40)}`, why: 'near miss: 40 characters after the prefix' },
      { text: 'GROQ_API_KEY=gsk_' + 'your_key_here_'.repeat(4).slice(0, 52), why: 'a docs-style placeholder, not a key' },
    ],
  }),
});

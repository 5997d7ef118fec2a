import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// Linear personal API keys start lin_api_ (https://linear.app/developers/graphql#personal-api-keys) and carry 40
// alphanumerics (the length is observed, UNCONFIRMED). A key acts as its user in every team the key is not
// restricted from, including deleting issues and projects.
export default defineDetector({
  id: 'linear-api-key',
  provider: 'linear',
  tokenKind: 'personal-api-key',
  keywords: ['lin_api_'],
  pattern: /\b(lin_api_[A-Za-z0-9]{40})(?![A-Za-z0-9_-])/g,
  check: (secret) => /[A-Z]/.test(secret) && /[a-z]/.test(secret.slice(8)) && /[0-9]/.test(secret),
  redaction: { kind: 'prefix', prefix: /^lin_api_/ },
  docs: { url: 'https://linear.app/developers/graphql#personal-api-keys', rotate: 'https://linear.app/settings/account/security' },
  examples: () => ({
    positive: [
      { text: (t) => `LINEAR_API_KEY=${t}`, secret: 'lin_api_' + fake.alnum(40), variable: 'LINEAR_API_KEY' },
      { text: (t) => `{"mcpServers":{"linear":{"command":"npx","args":["linear-mcp"],"env":{"LINEAR_API_KEY":"${t}"}}}}`, secret: 'lin_api_' + fake.alnum(40) },
      { text: (t) => `curl -H "Authorization: ${t}" https://api.linear.app/graphql`, secret: 'lin_api_' + fake.alnum(40) },
    ],
    negative: [
      { text: `LINEAR_API_KEY=lin_api_${fake.alnum(30)}`, why: 'near miss: 30 characters after the prefix' },
      { text: 'LINEAR_API_KEY=lin_api_' + 'x'.repeat(40), why: 'a placeholder of one repeated character' },
    ],
  }),
});

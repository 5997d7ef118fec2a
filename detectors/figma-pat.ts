import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// Figma personal access tokens are sent in X-Figma-Token and "give the holder access to an account through the API as
// if they were the user" (https://developers.figma.com/docs/rest-api/personal-access-tokens/). Current tokens open
// figd_ followed by ~40 base64url characters (prefix and length observed, UNCONFIRMED).
export default defineDetector({
  id: 'figma-pat',
  provider: 'figma',
  tokenKind: 'personal-access-token',
  keywords: ['figd_'],
  pattern: /\b(figd_[A-Za-z0-9_-]{38,44})(?![A-Za-z0-9_-])/g,
  check: (secret) => /[A-Z]/.test(secret) && /[a-z]/.test(secret.slice(5)) && /[0-9]/.test(secret),
  redaction: { kind: 'prefix', prefix: /^figd_/ },
  docs: { url: 'https://developers.figma.com/docs/rest-api/personal-access-tokens/', rotate: 'https://help.figma.com/hc/en-us/articles/8085703771159-Manage-personal-access-token' },
  examples: () => ({
    positive: [
      { text: (t) => `FIGMA_ACCESS_TOKEN=${t}`, secret: 'figd_' + fake.base64url(40), variable: 'FIGMA_ACCESS_TOKEN' },
      { text: (t) => `{"mcpServers":{"figma":{"command":"npx","args":["-y","figma-developer-mcp","--figma-api-key=${t}","--stdio"]}}}`, secret: 'figd_' + fake.alnum(40) },
      { text: (t) => `curl -H 'X-Figma-Token: ${t}' https://api.figma.com/v1/me`, secret: 'figd_' + fake.base64url(40) },
    ],
    negative: [
      { text: `FIGMA_ACCESS_TOKEN=figd_${fake.alnum(20)}`, why: 'near miss: 20 characters after the prefix' },
      { text: 'FIGMA_ACCESS_TOKEN=figd_' + 'x'.repeat(40), why: 'a placeholder of one repeated character' },
    ],
  }),
});

import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Render API keys start rnd_ (https://render.com/docs/api#1-create-an-api-key); the 32-alphanumeric body is
// observed (UNCONFIRMED). A key acts as its user in every workspace the user belongs to: it can delete services,
// Postgres databases and their backups, and Key Value instances.
export default defineDetector({
  id: 'render-api-key',
  provider: 'render',
  tokenKind: 'api-key',
  keywords: ['rnd_'],
  pattern: /\b(rnd_[A-Za-z0-9]{32})(?![A-Za-z0-9_-])/g,
  check: (secret) => randomBody(secret.slice(4)),
  redaction: { kind: 'prefix', prefix: /^rnd_/ },
  docs: { url: 'https://render.com/docs/api#1-create-an-api-key', rotate: 'https://dashboard.render.com/u/settings#api-keys' },
  examples: () => ({
    positive: [
      { text: (t) => `RENDER_API_KEY=${t}`, secret: 'rnd_' + fake.alnum(32), variable: 'RENDER_API_KEY' },
      { text: (t) => `{"mcpServers":{"render":{"url":"https://mcp.render.com/mcp","headers":{"Authorization":"Bearer ${t}"}}}}`, secret: 'rnd_' + fake.alnum(32) },
      { text: (t) => `curl https://api.render.com/v1/services -H 'authorization: Bearer ${t}'`, secret: 'rnd_' + fake.alnum(32) },
    ],
    negative: [
      { text: `RENDER_API_KEY=rnd_${fake.alnum(16)}`, why: 'near miss: 16 characters after the prefix' },
      { text: 'const rnd_generateRandomNumberBetweenValues = () => 0;', why: 'an identifier with the same prefix' },
    ],
  }),
});

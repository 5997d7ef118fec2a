import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Firecrawl API keys start fc- (https://docs.firecrawl.dev/introduction, FIRECRAWL_API_KEY) followed by 32 lower-case
// hex characters as observed (UNCONFIRMED). A key spends the account's crawl and scrape credits.
const token = () => 'fc-' + fake.hex(32);

export default defineDetector({
  id: 'firecrawl-api-key',
  provider: 'firecrawl',
  tokenKind: 'api-key',
  keywords: ['fc-'],
  pattern: /\b(fc-[a-f0-9]{32})\b/g,
  check: (secret) => randomBody(secret.slice(3)),
  redaction: { kind: 'prefix', prefix: /^fc-/ },
  docs: { url: 'https://docs.firecrawl.dev/introduction', rotate: 'https://www.firecrawl.dev/app/api-keys' },
  examples: () => ({
    positive: [
      { text: (t) => `FIRECRAWL_API_KEY=${t}`, secret: token(), variable: 'FIRECRAWL_API_KEY' },
      { text: (t) => `{"mcpServers":{"firecrawl":{"command":"npx","args":["-y","firecrawl-mcp"],"env":{"FIRECRAWL_API_KEY":"${t}"}}}}`, secret: token() },
      { text: (t) => `app = FirecrawlApp(api_key="${t}")`, secret: token() },
    ],
    negative: [
      { text: `FIRECRAWL_API_KEY=fc-${fake.hex(16)}`, why: 'near miss: 16 hex characters' },
      { text: `FIRECRAWL_API_KEY=fc-${'f'.repeat(32)}`, why: 'a placeholder of one repeated character' },
    ],
  }),
});

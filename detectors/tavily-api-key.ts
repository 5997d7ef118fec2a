import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Tavily API keys start tvly- (https://docs.tavily.com/api-reference/introduction: "Authorization: Bearer
// tvly-YOUR_API_KEY"); keys created with a key type carry it next (tvly-dev-, tvly-prod-). The body is 32
// alphanumerics as observed (UNCONFIRMED: 20–64 accepted). A key spends the account's search credits.
export default defineDetector({
  id: 'tavily-api-key',
  provider: 'tavily',
  tokenKind: 'api-key',
  keywords: ['tvly-'],
  pattern: /\b(tvly-(?:(?:dev|prod)-)?[A-Za-z0-9]{20,64})(?![A-Za-z0-9_-])/g,
  check: (secret) => randomBody(secret.replace(/^tvly-(?:(?:dev|prod)-)?/, '')),
  redaction: { kind: 'prefix', prefix: /^tvly-(?:(?:dev|prod)-)?/ },
  docs: { url: 'https://docs.tavily.com/api-reference/introduction', rotate: 'https://app.tavily.com/home' },
  examples: () => ({
    positive: [
      { text: (t) => `TAVILY_API_KEY=${t}`, secret: 'tvly-' + fake.alnum(32), variable: 'TAVILY_API_KEY' },
      { text: (t) => `{"mcpServers":{"tavily":{"command":"npx","args":["-y","tavily-mcp"],"env":{"TAVILY_API_KEY":"${t}"}}}}`, secret: 'tvly-dev-' + fake.alnum(32) },
      { text: (t) => `tavily_client = TavilyClient(api_key="${t}")`, secret: 'tvly-prod-' + fake.alnum(32) },
    ],
    negative: [
      { text: 'tavily_client = TavilyClient(api_key="tvly-YOUR_API_KEY")', why: "the docs' stand-in" },
      { text: `TAVILY_API_KEY=tvly-${fake.alnum(12)}`, why: 'near miss: 12 characters after the prefix' },
    ],
  }),
});

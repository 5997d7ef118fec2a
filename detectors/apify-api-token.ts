import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Apify API tokens start apify_api_ (https://docs.apify.com/platform/integrations/api; a token may be scoped or reach the
// whole account). The 36 alphanumerics after the prefix are the length tokens are issued with, not a documented grammar
// (UNCONFIRMED), so the body must look drawn.
export default defineDetector({
  id: 'apify-api-token',
  provider: 'apify',
  tokenKind: 'api-token',
  keywords: ['apify_api_'],
  pattern: /\b(apify_api_[A-Za-z0-9]{36})(?![A-Za-z0-9_-])/g,
  check: (secret) => randomBody(secret.slice(10)),
  enrich: () => ({ facts: { shape: 'unconfirmed' } }),
  redaction: { kind: 'prefix', prefix: /^apify_api_/ },
  docs: { url: 'https://docs.apify.com/platform/integrations/api', rotate: 'https://console.apify.com/settings/integrations' },
  examples: () => ({
    positive: [
      { text: (t) => `APIFY_TOKEN=${t}`, secret: 'apify_api_' + fake.alnum(36), variable: 'APIFY_TOKEN' },
      { text: (t) => `{"mcpServers":{"apify":{"command":"npx","args":["-y","@apify/actors-mcp-server"],"env":{"APIFY_TOKEN":"${t}"}}}}`, secret: 'apify_api_' + fake.alnum(36) },
      { text: (t) => `client = ApifyClient("${t}")`, secret: 'apify_api_' + fake.alnum(36) },
    ],
    negative: [
      { text: `APIFY_TOKEN=apify_api_${fake.alnum(30)}`, why: 'near miss: 30 characters after the prefix' },
      { text: 'APIFY_TOKEN=apify_api_' + 'x'.repeat(36), why: 'placeholder' },
    ],
  }),
});

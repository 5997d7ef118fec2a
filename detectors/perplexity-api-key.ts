import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Perplexity API keys start pplx- (https://docs.perplexity.ai/guides/perplexity-sdk, PERPLEXITY_API_KEY); the
// body is 48 alphanumerics as observed (length and alphabet UNCONFIRMED, so 40–64 are accepted). A key spends
// the account's API credits on every API group it belongs to.
export default defineDetector({
  id: 'perplexity-api-key',
  provider: 'perplexity',
  tokenKind: 'api-key',
  keywords: ['pplx-'],
  pattern: /\b(pplx-[A-Za-z0-9]{40,64})(?![A-Za-z0-9_-])/g,
  check: (secret) => randomBody(secret.slice(5)),
  redaction: { kind: 'prefix', prefix: /^pplx-/ },
  docs: { url: 'https://docs.perplexity.ai/guides/perplexity-sdk', rotate: 'https://www.perplexity.ai/account/api/keys' },
  examples: () => ({
    positive: [
      { text: (t) => `PERPLEXITY_API_KEY=${t}`, secret: 'pplx-' + fake.alnum(48), variable: 'PERPLEXITY_API_KEY' },
      { text: (t) => `client = Perplexity(api_key="${t}")`, secret: 'pplx-' + fake.alnum(48) },
      { text: (t) => `curl https://api.perplexity.ai/chat/completions -H "Authorization: Bearer ${t}"`, secret: 'pplx-' + fake.alnum(48) },
    ],
    negative: [
      { text: `PERPLEXITY_API_KEY=pplx-${fake.alnum(24)}`, why: 'near miss: 24 characters after the prefix' },
      { text: 'PERPLEXITY_API_KEY=pplx-' + 'a1'.repeat(24), why: 'a placeholder of one repeated chunk' },
    ],
  }),
});

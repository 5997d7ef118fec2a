import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Jina AI API keys start jina_ (https://jina.ai/api-dashboard/, JINA_API_KEY); the alphanumeric body is about 60
// characters as observed (UNCONFIRMED: 50–70 accepted). A key spends the account's token balance.
const token = () => 'jina_' + fake.alnum(60);

export default defineDetector({
  id: 'jina-api-key',
  provider: 'jina',
  tokenKind: 'api-key',
  keywords: ['jina_'],
  pattern: /\b(jina_[A-Za-z0-9]{50,70})(?![A-Za-z0-9_-])/g,
  check: (secret) => randomBody(secret.slice(5)),
  redaction: { kind: 'prefix', prefix: /^jina_/ },
  docs: { url: 'https://jina.ai/api-dashboard/', rotate: 'https://jina.ai/api-dashboard/key-manager' },
  examples: () => ({
    positive: [
      { text: (t) => `JINA_API_KEY=${t}`, secret: token(), variable: 'JINA_API_KEY' },
      { text: (t) => `curl https://r.jina.ai/https://example.org -H "Authorization: Bearer ${t}"`, secret: token() },
      { text: (t) => `embeddings = JinaEmbeddings(jina_api_key="${t}")`, secret: token() },
    ],
    negative: [
      { text: `JINA_API_KEY=jina_${fake.alnum(20)}`, why: 'near miss: 20 characters after the prefix' },
      { text: `JINA_API_KEY=jina_${'x'.repeat(60)}`, why: 'a placeholder of one repeated character' },
    ],
  }),
});

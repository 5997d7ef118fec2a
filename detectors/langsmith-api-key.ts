import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// LangSmith API keys start lsv2_: lsv2_pt_ for personal access tokens (the user's permissions), lsv2_sk_ for service
// keys (workspace- or organization-scoped) (https://docs.langchain.com/langsmith/llm-gateway-authentication). The body
// reads 32 hex + _ + 10 hex (observed, UNCONFIRMED). Traces hold prompts and outputs, and the gateway spends model credits.
export default defineDetector({
  id: 'langsmith-api-key',
  provider: 'langsmith',
  tokenKind: 'personal-access-token',
  keywords: ['lsv2_pt_', 'lsv2_sk_'],
  pattern: /\b(lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})(?![A-Za-z0-9_-])/g,
  check: (secret) => /[a-f]/.test(secret.slice(8, 40)) && /[0-9]/.test(secret.slice(8, 40)),
  enrich: (secret) => (secret.startsWith('lsv2_sk_') ? { tokenKind: 'service-key' } : {}),
  redaction: { kind: 'prefix', prefix: /^lsv2_(?:pt|sk)_/ },
  docs: { url: 'https://docs.langchain.com/langsmith/create-account-api-key', rotate: 'https://smith.langchain.com/settings' },
  examples: () => ({
    positive: [
      { text: (t) => `LANGSMITH_API_KEY=${t}`, secret: `lsv2_pt_${fake.hex(32)}_${fake.hex(10)}`, variable: 'LANGSMITH_API_KEY' },
      { text: (t) => `LANGCHAIN_API_KEY="${t}"`, secret: `lsv2_sk_${fake.hex(32)}_${fake.hex(10)}` },
      { text: (t) => `{"mcpServers":{"langsmith":{"env":{"LANGSMITH_API_KEY":"${t}"}}}}`, secret: `lsv2_pt_${fake.hex(32)}_${fake.hex(10)}` },
    ],
    negative: [
      { text: `LANGSMITH_API_KEY=lsv2_pt_${fake.hex(32)}`, why: 'near miss: the second part is missing' },
      { text: `LANGSMITH_API_KEY=lsv2_pt_${'x'.repeat(32)}_${'x'.repeat(10)}`, why: 'a placeholder, not hex' },
    ],
  }),
});

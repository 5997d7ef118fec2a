import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Cerebras Cloud API keys start csk- (https://inference-docs.cerebras.ai/quickstart, CEREBRAS_API_KEY); the body is
// lower-case alphanumeric, 48 characters as observed (UNCONFIRMED: 32–64 accepted). A key spends the account's
// inference quota and credits.
const token = () => 'csk-' + fake.lowerAlnum(48);

export default defineDetector({
  id: 'cerebras-api-key',
  provider: 'cerebras',
  tokenKind: 'api-key',
  keywords: ['csk-'],
  pattern: /\b(csk-[a-z0-9]{32,64})(?![A-Za-z0-9_-])/g,
  check: (secret) => randomBody(secret.slice(4), 3.5),
  redaction: { kind: 'prefix', prefix: /^csk-/ },
  docs: { url: 'https://inference-docs.cerebras.ai/quickstart', rotate: 'https://cloud.cerebras.ai/platform' },
  examples: () => ({
    positive: [
      { text: (t) => `CEREBRAS_API_KEY=${t}`, secret: token(), variable: 'CEREBRAS_API_KEY' },
      { text: (t) => `client = Cerebras(api_key="${t}")`, secret: token() },
      { text: (t) => `curl https://api.cerebras.ai/v1/models -H "Authorization: Bearer ${t}"`, secret: token() },
    ],
    negative: [
      { text: `CEREBRAS_API_KEY=csk-${fake.lowerAlnum(16)}`, why: 'near miss: 16 characters after the prefix' },
      { text: `CEREBRAS_API_KEY=csk-${'x'.repeat(48)}`, why: 'a placeholder of one repeated character' },
    ],
  }),
});

import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// Langfuse project secret keys start sk-lf- (https://langfuse.com/faq/all/lost-secret-key: "The secret key
// (sk-lf-...) is shown only once"); the body is a UUID as observed (UNCONFIRMED). Paired with the project's
// public key (pk-lf-, not secret) it reads and writes every trace, prompt and dataset of the project.
export default defineDetector({
  id: 'langfuse-secret-key',
  provider: 'langfuse',
  tokenKind: 'secret-key',
  keywords: ['sk-lf-'],
  pattern: /\b(sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/g,
  redaction: { kind: 'prefix', prefix: /^sk-lf-/ },
  docs: { url: 'https://langfuse.com/faq/all/lost-secret-key', rotate: 'https://cloud.langfuse.com' },
  examples: () => ({
    positive: [
      { text: (t) => `LANGFUSE_SECRET_KEY=${t}`, secret: 'sk-lf-' + fake.uuid(), variable: 'LANGFUSE_SECRET_KEY' },
      { text: (t) => `langfuse = Langfuse(public_key="pk-lf-${fake.uuid()}", secret_key="${t}")`, secret: 'sk-lf-' + fake.uuid() },
      { text: (t) => `  secretKey: '${t}',`, secret: 'sk-lf-' + fake.uuid() },
    ],
    negative: [
      { text: 'LANGFUSE_SECRET_KEY=sk-lf-...', why: "the docs' stand-in" },
      { text: `LANGFUSE_SECRET_KEY=sk-lf-${fake.hex(8)}-${fake.hex(4)}`, why: 'near miss: a truncated UUID' },
    ],
  }),
});

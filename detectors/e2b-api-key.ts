import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// E2B API keys start e2b_ (https://e2b.dev/docs/api-key, E2B_API_KEY) followed by 40 lower-case hex characters as
// observed (UNCONFIRMED). A key starts, reads and kills the team's sandboxes and spends its compute credits.
const token = () => 'e2b_' + fake.hex(40);

export default defineDetector({
  id: 'e2b-api-key',
  provider: 'e2b',
  tokenKind: 'api-key',
  keywords: ['e2b_'],
  pattern: /\b(e2b_[a-f0-9]{40})\b/g,
  check: (secret) => randomBody(secret.slice(4)),
  redaction: { kind: 'prefix', prefix: /^e2b_/ },
  docs: { url: 'https://e2b.dev/docs/api-key', rotate: 'https://e2b.dev/dashboard?tab=keys' },
  examples: () => ({
    positive: [
      { text: (t) => `E2B_API_KEY=${t}`, secret: token(), variable: 'E2B_API_KEY' },
      { text: (t) => `sandbox = Sandbox(api_key="${t}")`, secret: token() },
      { text: (t) => `  env:\n    E2B_API_KEY: ${t}\n`, secret: token() },
    ],
    negative: [
      { text: `E2B_API_KEY=e2b_${fake.hex(20)}`, why: 'near miss: 20 hex characters' },
      { text: `E2B_API_KEY=e2b_${'0'.repeat(40)}`, why: 'a placeholder of one repeated character' },
    ],
  }),
});

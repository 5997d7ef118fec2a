import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// Axiom tokens carry their kind in the prefix (https://axiom.co/docs/reference/tokens): xaat- for an API token,
// xapt- for a personal token, then a UUID as observed (UNCONFIRMED). A personal token acts as its user in every
// organization (deleting datasets included); an API token has the dataset permissions it was given.
export default defineDetector({
  id: 'axiom-api-token',
  provider: 'axiom',
  tokenKind: 'api-token',
  keywords: ['xaat-', 'xapt-'],
  pattern: /\b(xa[ap]t-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/g,
  enrich: (secret) => ({ tokenKind: secret.startsWith('xapt-') ? 'personal-token' : 'api-token' }),
  redaction: { kind: 'prefix', prefix: /^xa[ap]t-/ },
  docs: { url: 'https://axiom.co/docs/reference/tokens', rotate: 'https://app.axiom.co/settings/api-tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `AXIOM_TOKEN=${t}`, secret: 'xaat-' + fake.uuid(), variable: 'AXIOM_TOKEN' },
      { text: (t) => `const axiom = new Axiom({ token: '${t}' });`, secret: 'xapt-' + fake.uuid() },
      { text: (t) => `curl https://api.axiom.co/v1/datasets -H "Authorization: Bearer ${t}"`, secret: 'xaat-' + fake.uuid() },
    ],
    negative: [
      { text: `AXIOM_TOKEN=xaat-${fake.hex(8)}`, why: 'near miss: a truncated UUID' },
      { text: 'AXIOM_TOKEN=xaat-00000000-0000-0000-0000-000000000000', why: 'a placeholder of zeros' },
    ],
  }),
});

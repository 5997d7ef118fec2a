import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Xata API keys start xau_ (https://xata.io/docs/getting-started/api-keys, XATA_API_KEY); the alphanumeric body is
// 36 characters as observed (UNCONFIRMED: 30–64 accepted). A personal key acts as its user in every workspace,
// deleting databases and branches included.
const token = () => 'xau_' + fake.alnum(36);

export default defineDetector({
  id: 'xata-api-key',
  provider: 'xata',
  tokenKind: 'api-key',
  keywords: ['xau_'],
  pattern: /\b(xau_[A-Za-z0-9]{30,64})(?![A-Za-z0-9_-])/g,
  check: (secret) => randomBody(secret.slice(4)),
  redaction: { kind: 'prefix', prefix: /^xau_/ },
  docs: { url: 'https://xata.io/docs/getting-started/api-keys', rotate: 'https://app.xata.io/settings' },
  examples: () => ({
    positive: [
      { text: (t) => `XATA_API_KEY=${t}`, secret: token(), variable: 'XATA_API_KEY' },
      { text: (t) => `const xata = new XataClient({ apiKey: '${t}' });`, secret: token() },
      { text: (t) => `[xata]\napiKey = "${t}"\n`, secret: token() },
    ],
    negative: [
      { text: `XATA_API_KEY=xau_${fake.alnum(12)}`, why: 'near miss: 12 characters after the prefix' },
      { text: `XATA_API_KEY=xau_${'x'.repeat(36)}`, why: 'a placeholder of one repeated character' },
    ],
  }),
});

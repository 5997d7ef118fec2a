import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// StackHawk API keys, passed to HawkScan as HAWK_API_KEY (https://docs.stackhawk.com/hawkscan/), read hawk. + 20
// alphanumerics + . + 20 alphanumerics (observed, UNCONFIRMED). A key runs scans and reads the organisation's findings.
export default defineDetector({
  id: 'stackhawk-api-key',
  provider: 'stackhawk',
  tokenKind: 'api-key',
  keywords: ['hawk.'],
  pattern: /(?<![A-Za-z0-9_.-])(hawk\.[A-Za-z0-9]{20}\.[A-Za-z0-9]{20})(?![A-Za-z0-9_.-])/g,
  check: (secret) => randomBody(secret.slice(5).replace('.', ''), 3.5),
  enrich: () => ({ facts: { shape: 'unconfirmed' } }),
  redaction: { kind: 'prefix', prefix: /^hawk\./ },
  docs: { url: 'https://docs.stackhawk.com/hawkscan/', rotate: 'https://app.stackhawk.com/settings/apikeys' },
  examples: () => ({
    positive: [
      { text: (t) => `HAWK_API_KEY=${t}`, secret: `hawk.${fake.alnum(20)}.${fake.alnum(20)}`, variable: 'HAWK_API_KEY' },
      { text: (t) => `docker run -e API_KEY=${t} stackhawk/hawkscan`, secret: `hawk.${fake.alnum(20)}.${fake.alnum(20)}`, path: 'scan.sh' },
      { text: (t) => `hawk init --api-key ${t}`, secret: `hawk.${fake.alnum(20)}.${fake.alnum(20)}`, path: 'setup.sh' },
    ],
    negative: [
      { text: `HAWK_API_KEY=hawk.${fake.alnum(12)}.${fake.alnum(12)}`, why: 'near miss: 12-character parts' },
      { text: 'import hawk.aaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbb', why: 'not random: a module path' },
    ],
  }),
});

import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { before, variableIs } from './lib/context.js';
import { randomBody } from './lib/prefixed.js';

// Asana personal access tokens (https://developers.asana.com/docs/personal-access-token) are issued as a version digit,
// `/`, the user's numeric id, `:` and 32 hex characters, or in the newer form `2/<user id>/<token id>:<32 hex>`
// (observed, UNCONFIRMED: Asana asks clients to treat tokens as opaque). The shape is taken only where Asana is named
// (a variable, an `asana` name before it). A PAT acts as its user in every workspace the user belongs to.
const ASANA = /asana/i;

export default defineDetector({
  id: 'asana-pat',
  provider: 'asana',
  tokenKind: 'personal-access-token',
  keywords: ['asana'],
  pattern: /(?<![A-Za-z0-9_/-])([12]\/[0-9]{10,20}(?:\/[0-9]{10,20})?:[a-f0-9]{32})(?![A-Za-z0-9_-])/g,
  check: (secret, input) => randomBody(secret.slice(-32), 3.2) && (variableIs(input, ASANA) || before(input, ASANA, 120)),
  enrich: (secret) => ({ facts: { user: `asana user ${secret.split(/[/:]/)[1]}`, shape: 'unconfirmed' } }),
  redaction: { kind: 'prefix', prefix: /^[12]\/[0-9]{10,20}(?:\/[0-9]{10,20})?:/ },
  docs: { url: 'https://developers.asana.com/docs/personal-access-token', rotate: 'https://app.asana.com/0/my-apps' },
  examples: () => ({
    positive: [
      { text: (t) => `ASANA_ACCESS_TOKEN=${t}`, secret: `1/${fake.digits(16)}:${fake.hex(32)}`, variable: 'ASANA_ACCESS_TOKEN' },
      { text: (t) => `{"mcpServers":{"asana":{"env":{"ASANA_PAT":"${t}"}}}}`, secret: `2/${fake.digits(16)}/${fake.digits(16)}:${fake.hex(32)}` },
      { text: (t) => `client = asana.Client.access_token('${t}')`, secret: `1/${fake.digits(13)}:${fake.hex(32)}`, path: 'tasks.py' },
    ],
    negative: [
      { text: `ASANA_PAT=1/${fake.digits(16)}:${fake.hex(20)}`, why: 'near miss: 20 hex characters' },
      { text: `ratio 1/${fake.digits(12)}:${fake.hex(32)}`, why: 'no Asana name' },
    ],
  }),
});

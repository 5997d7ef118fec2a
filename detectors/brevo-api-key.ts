import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// Brevo (formerly Sendinblue) API v3 keys are xkeysib- + 64 hex + - + 16 alphanumerics, SMTP keys xsmtpsib- in the same
// layout (https://developers.brevo.com/docs/getting-started; layout observed, UNCONFIRMED). An API key sends mail as the
// account, exports and deletes contacts.
const key = (p: string) => `${p}${fake.hex(64)}-${fake.alnum(16)}`;

export default defineDetector({
  id: 'brevo-api-key',
  provider: 'brevo',
  tokenKind: 'api-key',
  keywords: ['xkeysib-', 'xsmtpsib-'],
  pattern: /\b(x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16})\b/g,
  enrich: (secret) => ({ tokenKind: secret.startsWith('xsmtpsib-') ? 'smtp-key' : 'api-key' }),
  redaction: { kind: 'prefix', prefix: /^x(?:keysib|smtpsib)-/ },
  docs: { url: 'https://developers.brevo.com/docs/getting-started', rotate: 'https://app.brevo.com/settings/keys/api' },
  examples: () => ({
    positive: [
      { text: (t) => `BREVO_API_KEY=${t}`, secret: key('xkeysib-'), variable: 'BREVO_API_KEY' },
      { text: (t) => `curl https://api.brevo.com/v3/account -H "api-key: ${t}"`, secret: key('xkeysib-') },
      { text: (t) => `smtp:\n  password: ${t}\n`, secret: key('xsmtpsib-') },
    ],
    negative: [
      { text: `BREVO_API_KEY=xkeysib-${fake.hex(64)}`, why: 'near miss: without the 16-character tail' },
      { text: `BREVO_API_KEY=xkeysib-${'0'.repeat(64)}-${'0'.repeat(16)}`, why: 'a placeholder of zeros' },
    ],
  }),
});

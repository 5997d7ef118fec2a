import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// 1Password service account tokens start ops_ followed by base64 of a JSON document, so ops_eyJ
// (https://developer.1password.com/docs/service-accounts/use-with-1password-cli/, OP_SERVICE_ACCOUNT_TOKEN; the
// encoding is observed, UNCONFIRMED). A token reads (and with write access, changes) every item of the vaults it was
// granted: the credentials of everything else.
const token = () => 'ops_eyJ' + fake.base64(600);

export default defineDetector({
  id: 'onepassword-service-account-token',
  provider: 'onepassword',
  tokenKind: 'service-account-token',
  keywords: ['ops_eyj'],
  pattern: /\b(ops_eyJ[A-Za-z0-9+/_-]{100})/g,
  extend: (text, end) => {
    let i = end;
    while (i < text.length && i - end < 4000 && /[A-Za-z0-9+/=_-]/.test(text[i])) i++;
    return i;
  },
  check: (secret) => randomBody(secret.slice(7)),
  redaction: { kind: 'prefix', prefix: /^ops_/ },
  docs: { url: 'https://developer.1password.com/docs/service-accounts/use-with-1password-cli/', rotate: 'https://developer.1password.com/docs/service-accounts/manage-service-accounts/' },
  examples: () => ({
    positive: [
      { text: (t) => `OP_SERVICE_ACCOUNT_TOKEN=${t}`, secret: token(), variable: 'OP_SERVICE_ACCOUNT_TOKEN' },
      { text: (t) => `      - uses: 1password/load-secrets-action@v2\n        env:\n          OP_SERVICE_ACCOUNT_TOKEN: ${t}\n`, secret: token() },
      { text: (t) => `const client = await createClient({ auth: '${t}', integrationName: 'ci' });`, secret: token() },
    ],
    negative: [
      { text: `OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ${fake.base64(40)}`, why: 'near miss: too short for a service account token' },
      { text: `OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ${'x'.repeat(600)}`, why: 'a placeholder of one repeated character' },
    ],
  }),
});

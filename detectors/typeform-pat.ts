import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Typeform personal access tokens start tfp_ (https://www.typeform.com/developers/get-started/personal-access-token/);
// the body is base64url-like and 40–64 characters as observed (UNCONFIRMED). A token with the default scopes reads
// every form's responses (personal data) and can delete forms and responses.
const token = () => `tfp_${fake.base64url(44)}_${fake.alnum(14)}`;

export default defineDetector({
  id: 'typeform-pat',
  provider: 'typeform',
  tokenKind: 'personal-access-token',
  keywords: ['tfp_'],
  pattern: /\b(tfp_[A-Za-z0-9_-]{40,64})(?![A-Za-z0-9_-])/g,
  check: (secret) => randomBody(secret.slice(4)),
  redaction: { kind: 'prefix', prefix: /^tfp_/ },
  docs: { url: 'https://www.typeform.com/developers/get-started/personal-access-token/', rotate: 'https://admin.typeform.com/user/tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `TYPEFORM_TOKEN=${t}`, secret: token(), variable: 'TYPEFORM_TOKEN' },
      { text: (t) => `curl https://api.typeform.com/forms -H "Authorization: Bearer ${t}"`, secret: token() },
      { text: (t) => `const typeform = createClient({ token: '${t}' });`, secret: token() },
    ],
    negative: [
      { text: `TYPEFORM_TOKEN=tfp_${fake.alnum(20)}`, why: 'near miss: 20 characters after the prefix' },
      { text: 'TYPEFORM_TOKEN=tfp_' + 'x'.repeat(44), why: 'a placeholder of one repeated character' },
    ],
  }),
});

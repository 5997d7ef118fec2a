import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Frame.io developer tokens start fio-u- (https://developer.frame.io/docs/getting-started/authentication; the 64-character
// base64url body is observed, UNCONFIRMED). A token acts as its user on every team and project the scopes allow,
// deleting assets included.
export default defineDetector({
  id: 'frameio-api-token',
  provider: 'frameio',
  tokenKind: 'developer-token',
  keywords: ['fio-u-'],
  pattern: /\b(fio-u-[A-Za-z0-9_-]{64})(?![A-Za-z0-9_-])/g,
  check: (secret) => randomBody(secret.slice(6)),
  redaction: { kind: 'prefix', prefix: /^fio-u-/ },
  docs: { url: 'https://developer.frame.io/docs/getting-started/authentication', rotate: 'https://developer.frame.io/app/tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `FRAMEIO_TOKEN=${t}`, secret: 'fio-u-' + fake.base64url(64), variable: 'FRAMEIO_TOKEN' },
      { text: (t) => `curl https://api.frame.io/v2/me -H "Authorization: Bearer ${t}"`, secret: 'fio-u-' + fake.base64url(64) },
      { text: (t) => `frameio:\n  token: "${t}"\n`, secret: 'fio-u-' + fake.base64url(64) },
    ],
    negative: [
      { text: `FRAMEIO_TOKEN=fio-u-${fake.alnum(20)}`, why: 'near miss: 20 characters after the prefix' },
      { text: 'FRAMEIO_TOKEN=fio-u-' + 'x'.repeat(64), why: 'a placeholder of one repeated character' },
    ],
  }),
});

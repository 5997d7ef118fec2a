import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Ubidots API tokens open BBFF-: the documented response of POST /api/v1.6/auth/token is a token of BBFF- and 55
// alphanumerics (https://docs.ubidots.com/v1.6/reference/authentication, "Sample response"). Tokens copied from the
// profile's API Credentials are shorter (30 alphanumerics after BBFF-, observed, UNCONFIRMED), so 30 to 60 are taken.
// A token sends and reads every device's data and, through the v2.0 API, deletes devices and variables.
const token = (n: number) => `BBFF-${fake.alnum(n)}`;

export default defineDetector({
  id: 'ubidots-token',
  provider: 'ubidots',
  tokenKind: 'api-token',
  keywords: ['bbff-'],
  pattern: /(?<![A-Za-z0-9_-])(BBFF-[A-Za-z0-9]{30,60})(?![A-Za-z0-9_-])/g,
  check: (secret) => randomBody(secret.slice(5), 3.5),
  enrich: () => ({ facts: { shape: 'unconfirmed' } }),
  redaction: { kind: 'prefix', prefix: /^BBFF-/ },
  docs: { url: 'https://docs.ubidots.com/v1.6/reference/authentication', rotate: 'https://help.ubidots.com/en/articles/570026-api-authentication' },
  examples: () => ({
    positive: [
      { text: (t) => `UBIDOTS_TOKEN=${t}`, secret: token(30), variable: 'UBIDOTS_TOKEN' },
      { text: (t) => `curl -H 'X-Auth-Token: ${t}' https://industrial.api.ubidots.com/api/v2.0/devices/`, secret: token(55), path: 'push.sh' },
      { text: (t) => `#define UBIDOTS_TOKEN "${t}"\n`, secret: token(30), path: 'main.ino' },
    ],
    negative: [
      { text: `UBIDOTS_TOKEN=BBFF-${fake.alnum(16)}`, why: 'near miss: 16 characters after the prefix' },
      { text: `UBIDOTS_TOKEN=BBFF-${'x'.repeat(30)}`, why: 'a placeholder of one repeated character' },
    ],
  }),
});

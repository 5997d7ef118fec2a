import * as fake from '../src/detect/fake.js';
import { CRYPT64, lastField, passwordHash } from './lib/hash.js';

// sha256crypt: `$5$`, an optional `rounds=N$`, a salt of up to 16 characters, `$`, then a 43-character
// digest in crypt's base64 (https://passlib.readthedocs.io/en/stable/lib/passlib.hash.sha256_crypt.html,
// https://www.akkadia.org/drepper/SHA-crypt.txt; hashcat mode 7400).
export default passwordHash({
  id: 'sha256crypt-hash',
  tokenKind: 'sha256crypt',
  keywords: ['$5$'],
  body: '\\$5\\$(?:rounds=\\d{1,9}\\$)?[./A-Za-z0-9]{0,16}\\$[./A-Za-z0-9]{43}',
  prefix: /^\$5\$(?:rounds=\d+\$)?/,
  digest: lastField,
  docs: { url: 'https://passlib.readthedocs.io/en/stable/lib/passlib.hash.sha256_crypt.html', rotate: 'change the password the hash was made from, wherever it is used' },
  examples: () => ({
    positive: [
      { text: (h) => `ubuntu:${h}:19500:0:99999:7:::`, secret: `$5$${fake.from(CRYPT64, 16)}$${fake.from(CRYPT64, 43)}`, path: 'etc/shadow' },
      { text: (h) => `    passwd: "${h}"`, secret: `$5$rounds=5000$${fake.from(CRYPT64, 12)}$${fake.from(CRYPT64, 43)}`, path: 'cloud-init/user-data.yaml' },
      { text: (h) => `HASH='${h}'`, secret: `$5$${fake.from(CRYPT64, 8)}$${fake.from(CRYPT64, 43)}` },
    ],
    negative: [
      { text: `printf '%s' "$5$6$7"`, why: 'shell positional parameters' },
      { text: `$5$rounds=5000$saltsalt$${'A'.repeat(43)}`, why: 'a run of one character, not a digest' },
    ],
  }),
});

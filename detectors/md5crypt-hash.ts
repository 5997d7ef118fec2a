import * as fake from '../src/detect/fake.js';
import { CRYPT64, lastField, passwordHash } from './lib/hash.js';

// md5crypt: `$1$` (or Apache's `$apr1$`), a salt of up to 8 characters, `$`, then a 22-character digest in
// crypt's base64 (https://passlib.readthedocs.io/en/stable/lib/passlib.hash.md5_crypt.html,
// https://passlib.readthedocs.io/en/stable/lib/passlib.hash.apr_md5_crypt.html; hashcat modes 500 and 1600).
export default passwordHash({
  id: 'md5crypt-hash',
  tokenKind: 'md5crypt',
  keywords: ['$1$', '$apr1$'],
  body: '\\$(?:1|apr1)\\$[./A-Za-z0-9]{0,8}\\$[./A-Za-z0-9]{22}',
  prefix: /^\$(?:1|apr1)\$/,
  digest: lastField,
  docs: { url: 'https://passlib.readthedocs.io/en/stable/lib/passlib.hash.md5_crypt.html', rotate: 'change the password the hash was made from, wherever it is used' },
  examples: () => ({
    positive: [
      { text: (h) => `root:${h}:19000:0:99999:7:::`, secret: `$1$${fake.from(CRYPT64, 8)}$${fake.from(CRYPT64, 22)}`, path: 'etc/shadow' },
      { text: (h) => `deploy:${h}`, secret: `$apr1$${fake.from(CRYPT64, 8)}$${fake.from(CRYPT64, 22)}`, path: 'conf/.htpasswd' },
      { text: (h) => ` username admin secret 5 ${h}`, secret: `$1$${fake.from(CRYPT64, 4)}$${fake.from(CRYPT64, 22)}` },
    ],
    negative: [
      { text: `sed -E 's/(a+)(b+)/$1$2/' input.txt`, why: 'regex replacement groups' },
      { text: `echo "$1$HOME$USER"`, why: 'shell parameters, no digest' },
    ],
  }),
});

import * as fake from '../src/detect/fake.js';
import { CRYPT64, lastField, passwordHash } from './lib/hash.js';

// bcrypt: `$2a$`, `$2b$`, `$2x$` or `$2y$`, a two-digit cost, `$`, then 22 salt and 31 digest characters of
// crypt's base64 (https://passlib.readthedocs.io/en/stable/lib/passlib.hash.bcrypt.html, hashcat mode 3200).
export default passwordHash({
  id: 'bcrypt-hash',
  tokenKind: 'bcrypt',
  keywords: ['$2a$', '$2b$', '$2x$', '$2y$'],
  body: '\\$2[abxy]\\$[0-3]\\d\\$[./A-Za-z0-9]{53}',
  prefix: /^\$2[abxy]\$\d\d\$/,
  digest: (h) => lastField(h).slice(22),
  docs: { url: 'https://passlib.readthedocs.io/en/stable/lib/passlib.hash.bcrypt.html', rotate: 'change the password the hash was made from, wherever it is used' },
  examples: () => ({
    positive: [
      { text: (h) => `admin:${h}:19700:0:99999:7:::`, secret: `$2b$12$${fake.from(CRYPT64, 53)}`, path: 'backup/shadow' },
      { text: (h) => `INSERT INTO users (email, password_hash) VALUES ('ops@acme-corp.io', '${h}');`, secret: `$2y$10$${fake.from(CRYPT64, 53)}` },
      { text: (h) => `  "passwordHash": "${h}",`, secret: `$2a$08$${fake.from(CRYPT64, 53)}` },
    ],
    negative: [
      { text: `const prefix = '$2b$10$'; // bcrypt with cost 10`, why: 'the scheme and cost without a salt or digest' },
      { text: `hash: $2a$10$${'a'.repeat(53)}`, why: 'a run of one character, not a digest' },
    ],
  }),
});

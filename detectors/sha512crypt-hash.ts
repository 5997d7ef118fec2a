import * as fake from '../src/detect/fake.js';
import { CRYPT64, lastField, passwordHash } from './lib/hash.js';

// sha512crypt: `$6$`, an optional `rounds=N$`, a salt of up to 16 characters, `$`, then an 86-character
// digest in crypt's base64 (https://passlib.readthedocs.io/en/stable/lib/passlib.hash.sha512_crypt.html,
// https://www.akkadia.org/drepper/SHA-crypt.txt; hashcat mode 1800). The default of most Linux shadow files.
export default passwordHash({
  id: 'sha512crypt-hash',
  tokenKind: 'sha512crypt',
  keywords: ['$6$'],
  body: '\\$6\\$(?:rounds=\\d{1,9}\\$)?[./A-Za-z0-9]{0,16}\\$[./A-Za-z0-9]{86}',
  prefix: /^\$6\$(?:rounds=\d+\$)?/,
  digest: lastField,
  docs: { url: 'https://passlib.readthedocs.io/en/stable/lib/passlib.hash.sha512_crypt.html', rotate: 'change the password the hash was made from, wherever it is used' },
  examples: () => ({
    positive: [
      { text: (h) => `admin:${h}:19700:0:99999:7:::`, secret: `$6$${fake.from(CRYPT64, 16)}$${fake.from(CRYPT64, 86)}`, path: 'backup/shadow' },
      { text: (h) => `users:\n  - name: ops\n    passwd: ${h}`, secret: `$6$rounds=656000$${fake.from(CRYPT64, 8)}$${fake.from(CRYPT64, 86)}`, path: 'user-data.yaml' },
      { text: (h) => `root_password_hash = "${h}"`, secret: `$6$${fake.from(CRYPT64, 8)}$${fake.from(CRYPT64, 86)}` },
    ],
    negative: [
      { text: `awk '{print $6$7}' /etc/passwd`, why: 'awk fields' },
      { text: `$6$${'salt'}$${'.'.repeat(86)}`, why: 'a run of one character, not a digest' },
    ],
  }),
});

import * as fake from '../src/detect/fake.js';
import { CRYPT64, lastField, passwordHash } from './lib/hash.js';

// Cisco IOS type 9 (scrypt): `$9$`, a 14-character salt, `$`, then a 43-character digest in crypt's base64, as
// `enable secret 9 …` and `username … secret 9 …` lines store it
// (https://hashcat.net/wiki/doku.php?id=example_hashes, mode 9300).
export default passwordHash({
  id: 'cisco-type9-hash',
  tokenKind: 'cisco-type9',
  keywords: ['$9$'],
  body: '\\$9\\$[./A-Za-z0-9]{14}\\$[./A-Za-z0-9]{43}',
  prefix: /^\$9\$/,
  digest: lastField,
  docs: {
    url: 'https://hashcat.net/wiki/doku.php?id=example_hashes',
    rotate: 'set a new enable or user secret on the device (and on every device that shares it)',
  },
  examples: () => ({
    positive: [
      { text: (h) => `enable secret 9 ${h}`, secret: `$9$${fake.from(CRYPT64, 14)}$${fake.from(CRYPT64, 43)}`, path: 'configs/core-sw1.cfg' },
      { text: (h) => `username netops privilege 15 secret 9 ${h}`, secret: `$9$${fake.from(CRYPT64, 14)}$${fake.from(CRYPT64, 43)}`, path: 'configs/edge-r2.cfg' },
      { text: (h) => `  "enable_secret": "${h}"`, secret: `$9$${fake.from(CRYPT64, 14)}$${fake.from(CRYPT64, 43)}` },
    ],
    negative: [
      { text: 'enable secret 9 $9$<salt>$<digest>', why: 'documentation of the format' },
      { text: `enable secret 9 $9$${'ab'.repeat(7)}$${'Zz'.repeat(21)}Z`, why: 'a repeated chunk, not a digest' },
    ],
  }),
});

import * as fake from '../src/detect/fake.js';
import { CRYPT64, lastField, passwordHash } from './lib/hash.js';

// Cisco IOS type 8 (PBKDF2-SHA256): `$8$`, a 14-character salt, `$`, then a 43-character digest in crypt's base64, as
// `enable secret 8 …` and `username … secret 8 …` lines store it
// (https://hashcat.net/wiki/doku.php?id=example_hashes, mode 9200).
export default passwordHash({
  id: 'cisco-type8-hash',
  tokenKind: 'cisco-type8',
  keywords: ['$8$'],
  body: '\\$8\\$[./A-Za-z0-9]{14}\\$[./A-Za-z0-9]{43}',
  prefix: /^\$8\$/,
  digest: lastField,
  docs: {
    url: 'https://hashcat.net/wiki/doku.php?id=example_hashes',
    rotate: 'set a new enable or user secret on the device (and on every device that shares it)',
  },
  examples: () => ({
    positive: [
      { text: (h) => `enable secret 8 ${h}`, secret: `$8$${fake.from(CRYPT64, 14)}$${fake.from(CRYPT64, 43)}`, path: 'configs/core-sw1.cfg' },
      { text: (h) => `username netops privilege 15 secret 8 ${h}`, secret: `$8$${fake.from(CRYPT64, 14)}$${fake.from(CRYPT64, 43)}`, path: 'configs/edge-r2.cfg' },
      { text: (h) => `  "enable_secret": "${h}"`, secret: `$8$${fake.from(CRYPT64, 14)}$${fake.from(CRYPT64, 43)}` },
    ],
    negative: [
      { text: 'enable secret 8 $8$<salt>$<digest>', why: 'documentation of the format' },
      { text: `enable secret 8 $8$${'ab'.repeat(7)}$${'Zz'.repeat(21)}Z`, why: 'a repeated chunk, not a digest' },
    ],
  }),
});

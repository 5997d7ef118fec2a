import * as fake from '../src/detect/fake.js';
import { passwordHash } from './lib/hash.js';
import { kerberosDigest, KERBEROS_BODY } from './lib/kerberos.js';

// Kerberos 5 AS-REP ("AS-REP roasting" output): `$krb5asrep$<etype>$`, the principal, a checksum and the
// encrypted part in hex, crackable offline to the account's password
// (https://hashcat.net/wiki/doku.php?id=example_hashes, modes 18200, 32100, 32200).
export default passwordHash({
  id: 'kerberos-asrep-hash',
  tokenKind: 'krb5-asrep',
  keywords: ['$krb5asrep$'],
  body: `\\$krb5asrep\\$(?:23|17|18)\\$${KERBEROS_BODY}`,
  prefix: /^\$krb5asrep\$\d+\$/,
  digest: kerberosDigest,
  minEntropy: 3.3,
  docs: { url: 'https://hashcat.net/wiki/doku.php?id=example_hashes', rotate: 'change the account password, and require Kerberos pre-authentication for the account' },
  examples: () => ({
    positive: [
      { text: (h) => `${h}\n`, secret: `$krb5asrep$23$svc-backup@CORP.ACME.IO:${fake.hex(32)}$${fake.hex(232)}`, path: 'loot/asrep.txt' },
      { text: (h) => `hash = "${h}"`, secret: `$krb5asrep$23$${fake.hex(32)}$${fake.hex(180)}` },
      { text: (h) => `- ${h}`, secret: `$krb5asrep$18$sqlsvc$CORP.ACME.IO$${fake.hex(24)}$${fake.hex(200)}` },
    ],
    negative: [
      { text: 'hashcat -m 18200 hashes.txt  # lines start with $krb5asrep$23$', why: 'the format named, no hash' },
      { text: `$krb5asrep$23$user@domain:${'0'.repeat(32)}$${'0'.repeat(128)}`, why: 'zeros, not a cipher text' },
    ],
  }),
});

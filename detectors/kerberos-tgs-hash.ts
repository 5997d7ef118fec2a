import * as fake from '../src/detect/fake.js';
import { passwordHash } from './lib/hash.js';
import { kerberosDigest, KERBEROS_BODY } from './lib/kerberos.js';

// Kerberos 5 TGS-REP ("Kerberoasting" output): `$krb5tgs$<etype>$`, the user, realm and service principal,
// a checksum and the encrypted ticket in hex, crackable offline to the service account's password
// (https://hashcat.net/wiki/doku.php?id=example_hashes, modes 13100, 19600, 19700).
export default passwordHash({
  id: 'kerberos-tgs-hash',
  tokenKind: 'krb5-tgs',
  keywords: ['$krb5tgs$'],
  body: `\\$krb5tgs\\$(?:23|17|18)\\$${KERBEROS_BODY}`,
  prefix: /^\$krb5tgs\$\d+\$/,
  digest: kerberosDigest,
  minEntropy: 3.3,
  docs: { url: 'https://hashcat.net/wiki/doku.php?id=example_hashes', rotate: "change the service account's password to a long random one (or use a group managed service account)" },
  examples: () => ({
    positive: [
      { text: (h) => `${h}\n`, secret: `$krb5tgs$23$*sqlsvc$CORP.ACME.IO$MSSQLSvc/db01.corp.acme.io:1433*$${fake.hex(32)}$${fake.hex(300)}`, path: 'loot/tgs.txt' },
      { text: (h) => `ticket: '${h}'`, secret: `$krb5tgs$18$websvc$CORP.ACME.IO$*HTTP/web01*$${fake.hex(24)}$${fake.hex(240)}` },
      { text: (h) => `echo '${h}' >> roast.txt`, secret: `$krb5tgs$17$backup$CORP.ACME.IO$${fake.hex(24)}$${fake.hex(200)}` },
    ],
    negative: [
      { text: 'john --format=krb5tgs roast.txt  # $krb5tgs$23$*user$realm$spn*$checksum$edata2', why: 'the format described, no hash' },
      { text: `$krb5tgs$23$*u$r$s*$${'ab'.repeat(16)}$${'ab'.repeat(80)}`, why: 'a repeated chunk, not a cipher text' },
    ],
  }),
});

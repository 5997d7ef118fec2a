// The shape shared by hashcat's Kerberos 5 roasting formats (https://hashcat.net/wiki/doku.php?id=example_hashes):
// after `$krb5asrep$<etype>$` or `$krb5tgs$<etype>$`, principal fields (`user@REALM:`, `*user$realm$spn*$`,
// `user$realm$`) and then hex fields, the checksum (24 or 32 hex digits) and the cipher text (long hex).
// One character class, bounded: linear to match; `kerberosDigest` then reads the fields.
export const KERBEROS_BODY = '[A-Za-z0-9$@.:/*_\\\\-]{80,16384}';

const TAIL = /[$:]([0-9a-fA-F]{24}|[0-9a-fA-F]{32})\$([0-9a-fA-F]{64,})$|[$:]([0-9a-fA-F]{64,})\$([0-9a-fA-F]{24}|[0-9a-fA-F]{32})$/;

/** The cipher text of a roasting hash, or '' when the tail is not a checksum and a cipher text in hex. */
export function kerberosDigest(hash: string): string {
  const m = TAIL.exec(hash);
  if (!m) return '';
  return (m[2] ?? m[3]).toLowerCase();
}

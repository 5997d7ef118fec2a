import { perText } from '../../src/detect/define.js';
// AWS key ids encode their account: base32-decode the ten characters after the four-letter prefix,
// take bits 7..46 of the first six bytes (https://medium.com/@TalBeerySec/a-short-note-on-aws-key-id-f88cc4317489;
// the same arithmetic as trufflehog's aws detector).
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function accountFromKeyId(keyId: string): string | undefined {
  if (keyId.length !== 20) return accountFromAnyKeyId(keyId);
  // In doubles, exactly: the first ten characters are 50 bits (under 2^53); the first six bytes are their top 48.
  let top = 0;
  for (let i = 4; i < keyId.length; i++) {
    const v = B32.indexOf(keyId[i]);
    if (v < 0) return undefined;
    if (i < 14) top = top * 32 + v;
  }
  // 16 characters × 5 bits = 80 bits = 10 bytes; the account id is bits 7..46 of the first 6 bytes.
  const first6 = Math.floor(top / 4);
  const account = Math.floor(first6 / 128) % 2 ** 40;
  return account.toString().padStart(12, '0');
}

/** The same for a key id of another length than AWS's 20 characters, in BigInts. */
function accountFromAnyKeyId(keyId: string): string | undefined {
  let bits = 0n;
  for (const c of keyId.slice(4)) {
    const v = B32.indexOf(c);
    if (v < 0) return undefined;
    bits = (bits << 5n) | BigInt(v);
  }
  return ((bits >> 39n) & 0xffffffffffn).toString().padStart(12, '0');
}

/** The first capture of the match of `re` closest to offset `near` in `text` (the earlier one on a tie). */
function nearest(re: RegExp, text: string, near: number): string | undefined {
  // Every match of the text, found once per text (perText): each key id of a file asks for its nearest secret.
  const all = perText(text, re, () => [...text.matchAll(re)].map((m) => ({ at: m.index, value: m[1] })));
  if (!all.length) return undefined;
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].at < near) lo = mid + 1;
    else hi = mid;
  }
  const after = all[lo];
  const before = all[lo - 1];
  if (!after) return before.value;
  if (!before) return after.value;
  return near - before.at <= after.at - near ? before.value : after.value;
}

/** A 40-character secret access key assigned to a secret-named key in the same text, if there is one. */
const SECRET_KEY = /(?:secret_?access_?key|secretkey|aws_secret)[^\n]{0,40}?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi;
export function pairedSecret(text: string, near: number): string | undefined {
  return nearest(SECRET_KEY, text, near);
}

const SESSION_TOKEN = /(?:session_?token|security_?token)[^\n]{0,40}?([A-Za-z0-9/+][A-Za-z0-9/+=]{99,1999})/gi;
export function pairedSessionToken(text: string, near: number): string | undefined {
  // The token starts with a base64 character, so the `=` of `AWS_SESSION_TOKEN=…` is not taken into it.
  return nearest(SESSION_TOKEN, text, near);
}

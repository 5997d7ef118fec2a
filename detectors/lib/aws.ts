// AWS key ids encode their account: base32-decode the ten characters after the four-letter prefix,
// take bits 7..46 of the first six bytes (https://medium.com/@TalBeerySec/a-short-note-on-aws-key-id-f88cc4317489;
// the same arithmetic as trufflehog's aws detector).
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function accountFromKeyId(keyId: string): string | undefined {
  const body = keyId.slice(4);
  let bits = 0n;
  for (const c of body) {
    const v = B32.indexOf(c);
    if (v < 0) return undefined;
    bits = (bits << 5n) | BigInt(v);
  }
  // 16 characters × 5 bits = 80 bits = 10 bytes; the account id sits in the first 6 bytes.
  const first6 = bits >> 32n;
  const account = (first6 & 0x7fffffffff80n) >> 7n;
  return account.toString().padStart(12, '0');
}

/** The first capture of the match of `re` closest to offset `near` in `text`. */
function nearest(re: RegExp, text: string, near: number): string | undefined {
  let best: { value: string; distance: number } | undefined;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const distance = Math.abs(m.index - near);
    if (!best || distance < best.distance) best = { value: m[1], distance };
  }
  return best?.value;
}

/** A 40-character secret access key assigned to a secret-named key in the same text, if there is one. */
export function pairedSecret(text: string, near: number): string | undefined {
  return nearest(/(?:secret_?access_?key|secretkey|aws_secret)[^\n]{0,40}?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi, text, near);
}

export function pairedSessionToken(text: string, near: number): string | undefined {
  // The token starts with a base64 character, so the `=` of `AWS_SESSION_TOKEN=…` is not taken into it.
  return nearest(/(?:session_?token|security_?token)[^\n]{0,40}?([A-Za-z0-9/+][A-Za-z0-9/+=]{99,1999})/gi, text, near);
}

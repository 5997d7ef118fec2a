// Bech32 (BIP-173, https://github.com/bitcoin/bips/blob/master/bip-0173.mediawiki): the checksum that age secret keys
// carry (https://age-encryption.org/v1, "AGE-SECRET-KEY-1…", upper case). A candidate whose checksum fails is not a key.
export const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GEN[i];
  }
  return chk >>> 0;
}

const expand = (hrp: string) =>
  [...hrp]
    .map((c) => c.charCodeAt(0) >> 5)
    .concat(
      [0],
      [...hrp].map((c) => c.charCodeAt(0) & 31),
    );

/** True when `s` (either case, not mixed) is a Bech32 string whose six-character checksum holds. */
export function bech32Ok(s: string): boolean {
  if (s !== s.toLowerCase() && s !== s.toUpperCase()) return false;
  const lower = s.toLowerCase();
  const sep = lower.lastIndexOf('1');
  if (sep < 1 || lower.length - sep < 7) return false;
  const data: number[] = [];
  for (const c of lower.slice(sep + 1)) {
    const v = BECH32_CHARSET.indexOf(c);
    if (v < 0) return false;
    data.push(v);
  }
  return polymod(expand(lower.slice(0, sep)).concat(data)) === 1;
}

/** The six checksum characters for `hrp` and the data characters `chars` (from BECH32_CHARSET), for building examples. */
export function bech32Checksum(hrp: string, chars: string): string {
  const data = [...chars].map((c) => BECH32_CHARSET.indexOf(c));
  const mod = polymod(expand(hrp).concat(data, [0, 0, 0, 0, 0, 0])) ^ 1;
  let out = '';
  for (let i = 0; i < 6; i++) out += BECH32_CHARSET[(mod >>> (5 * (5 - i))) & 31];
  return out;
}

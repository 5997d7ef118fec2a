import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// An ASCII-armored OpenPGP secret key (RFC 4880 §6.2, "BEGIN PGP PRIVATE KEY BLOCK"): optional armor headers, a blank
// line, base64 data, then `=` and the base64 of a CRC-24 of the data (RFC 4880 §6.1). The checksum is checked when
// present, so a pasted fragment or a hand-typed sample is not reported. Whoever holds the key decrypts what was
// encrypted to it and signs as its owner (commits, releases, packages) unless it is protected by a passphrase the
// agent cannot read.
const BEGIN = '-----BEGIN PGP PRIVATE KEY BLOCK-----';

/** CRC-24 of RFC 4880 §6.1 (init 0xB704CE, polynomial 0x1864CFB). */
function crc24(data: Buffer): number {
  let crc = 0xb704ce;
  for (const byte of data) {
    crc ^= byte << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}

/** True when the block's base64 data is present and its checksum line, if any, matches. */
function armorOk(block: string): boolean {
  const lines = block.replace(/\\n/g, '\n').split(/\r?\n/);
  const blank = lines.findIndex((l, i) => i > 0 && l.trim() === '');
  const body = lines.slice(blank > 0 ? blank + 1 : 1, -1).map((l) => l.trim());
  const sum = body.length && /^=[A-Za-z0-9+/]{4}$/.test(body[body.length - 1]) ? body.pop() : undefined;
  const b64 = body.join('');
  if (b64.length < 64 || !/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) return false;
  if (!sum) return true;
  return crc24(Buffer.from(b64, 'base64')) === Buffer.from(sum.slice(1), 'base64').readUIntBE(0, 3);
}

/** A well-formed armored block around random bytes, with its CRC-24 line. */
function armored(): string {
  const data = Buffer.from(fake.base64(480), 'base64');
  const b64 = data.toString('base64');
  const lines = b64.match(/.{1,64}/g) ?? [];
  const sum = Buffer.alloc(3);
  sum.writeUIntBE(crc24(data), 0, 3);
  return `${BEGIN}\nComment: backup\n\n${lines.join('\n')}\n=${sum.toString('base64')}\n-----END PGP PRIVATE KEY BLOCK-----`;
}

export default defineDetector({
  id: 'pgp-private-key',
  provider: 'private-key',
  tokenKind: 'pgp-private-key',
  keywords: ['begin pgp private key block'],
  pattern: /-----BEGIN PGP PRIVATE KEY BLOCK-----/g,
  extend: (text, end) => {
    const stop = text.indexOf('-----END PGP PRIVATE KEY BLOCK-----', end);
    if (stop < 0 || stop - end > 65536) return end;
    return stop + 35;
  },
  check: (secret) => secret.endsWith('-----END PGP PRIVATE KEY BLOCK-----') && armorOk(secret),
  redaction: { kind: 'none' },
  precedence: 'general',
  docs: { url: 'https://datatracker.ietf.org/doc/html/rfc4880#section-6.2', rotate: 'revoke the key with its revocation certificate (gpg --gen-revoke), publish the revocation, and issue a new key' },
  examples: () => ({
    positive: [
      { text: (k) => `${k}\n`, secret: armored(), path: 'keys/release-signing.asc' },
      { text: (k) => `GPG_PRIVATE_KEY: |\n  ${k.replace(/\n/g, '\n  ')}\n`.replace(/\n {2}/g, '\n'), secret: armored() },
      { text: (k) => `{"signingKey": "${k.replace(/\n/g, '\\n')}"}`, secret: armored().replace(/\n/g, '\\n') },
    ],
    negative: [
      { text: `${BEGIN}\n\nAAAA\n-----END PGP PRIVATE KEY BLOCK-----`, why: 'the markers around a fragment, not a key' },
      { text: armored().replace(/\n=(....)\n/, '\n=AAAA\n'), why: 'a checksum line that does not match the data' },
    ],
  }),
});

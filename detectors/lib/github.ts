// Shared pieces of the GitHub detectors.
import { base62crc } from '../../src/detect/fake.js';

/**
 * GitHub's classic tokens end in a six-character base62 CRC32 of the 30 characters before it
 * (https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/). The alphabet's
 * order is UNCONFIRMED (0-9A-Za-z or 0-9a-zA-Z), so both are accepted; a mismatch is recorded as a
 * fact, not used to drop the token: a missed real token costs more than a flagged random string. A
 * mismatch keeps the token from being sent to the provider (src/resolve/index.ts): one that fails its
 * checksum was never issued. npm's `npm_` tokens have the same layout: "the last six characters of the
 * tokens consist of CRC32 checksum, which is encoded in our Base62 implementation"
 * (https://github.blog/2021-09-23-announcing-npms-new-access-token-format/).
 */
export function githubChecksum(token: string): 'valid' | 'mismatch' {
  const body = token.slice(-36, -6);
  const sum = token.slice(-6);
  const a = base62crc(body);
  const swapped = a.replace(/[A-Za-z]/g, (c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()));
  return sum === a || sum === swapped ? 'valid' : 'mismatch';
}

// Seeded generator of format-valid fake credentials, so no test or example holds a literal that a
// pattern would match. Deterministic: the same call sequence yields the same tokens every run.
import { createRequire } from 'node:module';

let state = 0x9e3779b9;
function next(): number {
  // mulberry32: small, fast, good enough for test data.
  state = (state + 0x6d2b79f5) | 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

export function reseed(seed: number): void {
  state = seed | 0;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function from(alphabet: string, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)];
  return s;
}

/**
 * A draw of `n` from `alphabet` holding each of `classes` (redrawn until it does, for 12 or more characters): real
 * tokens are checked for a mix (a digit among letters, both cases), and the 1-in-300 draw without one would make an
 * example fail its own detector's check at random as detectors are added and the sequence shifts.
 */
function mixed(alphabet: string, n: number, classes: RegExp[]): string {
  for (;;) {
    const s = from(alphabet, n);
    if (n < 12 || classes.every((c) => c.test(s))) return s;
  }
}
const CASES_AND_DIGIT = [/[A-Z]/, /[a-z]/, /[0-9]/];

export const alnum = (n: number) => mixed(ALNUM, n, CASES_AND_DIGIT);
export const hex = (n: number) => from('0123456789abcdef', n);
export const upperHex = (n: number) => from('0123456789ABCDEF', n);
export const digits = (n: number) => from('0123456789', n);
export const upper32 = (n: number) => from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', n);
export const base64 = (n: number) => mixed(ALNUM + '+/', n, CASES_AND_DIGIT);
export const base64url = (n: number) => mixed(ALNUM + '-_', n, CASES_AND_DIGIT);
export const lowerAlnum = (n: number) => mixed('abcdefghijklmnopqrstuvwxyz0123456789', n, [/[a-z]/, /[0-9]/]);

export function uuid(): string {
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${from('89ab', 1)}${hex(3)}-${hex(12)}`;
}

// node:zlib loads on the first checksum, not with the detectors: a scan that meets no checksummed token
// does not pay for it at start-up (issue 14).
let zlib: typeof import('node:zlib') | undefined;
const crc32 = (s: string) => (zlib ??= createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib')).crc32(s);

/** Base62 (0-9A-Za-z) of an unsigned 32-bit number, left-padded to six characters. */
export function base62crc(body: string): string {
  let n = crc32(body) >>> 0;
  let s = '';
  do {
    s = BASE62[n % 62] + s;
    n = Math.floor(n / 62);
  } while (n > 0);
  return s.padStart(6, '0');
}

/** A GitHub-style token: prefix + 30 random characters + a six-character base62 CRC32 of those 30. */
export function github(prefix: string): string {
  const body = alnum(30);
  return prefix + body + base62crc(body);
}

/** npm granular/automation tokens share GitHub's checksum layout. */
export function npm(): string {
  const body = alnum(30);
  return 'npm_' + body + base62crc(body);
}

export function fineGrainedGithub(): string {
  return `github_pat_${alnum(22)}_${alnum(59)}`;
}

export function awsKeyId(prefix = 'AKIA'): string {
  return prefix + upper32(16);
}

export function awsSecret(): string {
  return base64(40);
}

const b64url = (s: string) => Buffer.from(s).toString('base64url');

/** An unsigned-looking JWT with the given claims (the signature is random bytes). */
export function jwt(claims: Record<string, unknown>): string {
  return `${b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64url(JSON.stringify(claims))}.${base64url(43)}`;
}

/** A password a person might set: mixed classes, no dictionary word. */
export function password(n = 20): string {
  return from(ALNUM, n - 2) + from('!#%^*-_', 1) + digits(1);
}

export function pem(label: string): string {
  const lines: string[] = [];
  for (let i = 0; i < 8; i++) lines.push(base64(64));
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n${base64(28)}==\n-----END ${label}-----`;
}

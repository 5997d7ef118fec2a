// Shared checks for tokens with a documented prefix: the prefix makes a match likely, the body must still
// look issued (random) rather than typed (a word, a run, a documentation stand-in the placeholder test
// does not know). Measured, not guessed: entropy in bits per character and the character classes present.
import { entropy } from '../../src/detect/placeholder.js';

/**
 * True when `body` carries at least `bits` bits per character and, when `mixed` and it is 32+ characters long,
 * both a letter and a digit: a random 32-character base62 string lacks a digit with p = (52/62)^32 ≈ 0.004,
 * a word-built identifier (`thisIsNotATokenButAVariableName`) nearly always does.
 */
export function randomBody(body: string, bits = 3, mixed = true): boolean {
  if (entropy(body) < bits) return false;
  if (mixed && body.length >= 32 && !(/[A-Za-z]/.test(body) && /[0-9]/.test(body))) return false;
  return true;
}

/** The part of `secret` after its first match of `prefix` (or the whole secret). */
export function after(secret: string, prefix: RegExp): string {
  const m = prefix.exec(secret);
  return m ? secret.slice(m.index + m[0].length) : secret;
}

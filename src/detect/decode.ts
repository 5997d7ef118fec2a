// Encoded values an agent can decode as easily as read: base64 (Kubernetes Secret `data:`, `Authorization:
// Basic`, values assigned to a key), percent-encoding (`postgres%3A%2F%2F…` in a query string) and JSON/YAML
// string escapes (`https:\/\/…`, `\u0041`). Selective for speed: only spans in those places are decoded, each
// at most MAX_ENCODED characters, and only printable results that hold a detector keyword are scanned.

import type { Encoding } from '../types.js';

export interface EncodedSpan {
  /** Offsets of the encoded text in the text it was found in. */
  start: number;
  end: number;
  encoding: Encoding;
  decoded: string;
}

/** Literal fragments (lower-case) that make a text worth decoding even when no detector keyword occurs. */
export const DECODE_TRIGGERS = ['basic ', 'kind: secret', '"kind": "secret"', '%3a%2f%2f', '\\u00', ':\\/\\/'];

/** Longest encoded span decoded: a credential is short, an inline image or source map is not. */
const MAX_ENCODED = 4096;

// A base64 value: assigned (`KEY: `, `KEY=`, `"key": "`) or after `Basic ` (RFC 7617), padded to a whole
// quantum as Kubernetes (https://kubernetes.io/docs/concepts/configuration/secret/) and RFC 4648 §4 write it.
// Found from each `:`, `=` and `Basic ` by indexOf and a few character tests, not a regex over the text:
// this runs on every text the prefilter admits.
/** In this order: `KeywordMatcher.markedOffsets` reports the marks' offsets in it too. */
export const MARKS = [':', '=', 'Basic '];
const WHOLE_BASE64 = /^[A-Za-z0-9+/]{16,}={0,2}$/;
// Where percent-encoding or string escapes occur: `%3A%2F%2F` (`://`), an escaped URL (`:\/\/`),
// `\u00XX`. Found by indexOf, not a regex: minified code holds many escapes, and only these are worth a look.
// Each trigger's fragments, as written: only those the prefilter saw are looked for.
const ESCAPES: Record<string, string[]> = { '%3a%2f%2f': ['%3A%2F%2F', '%3a%2f%2f'], ':\\/\\/': [':\\/\\/'], '\\u00': ['\\u00'] };
/** Escapes looked at per text, at most: a minified bundle's Unicode tables hold thousands and no credential. */
const MAX_ESCAPES = 32;

/** Printable ASCII (and tab, newline): what a credential's text decodes to, unlike a random key or an image. */
function printable(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7e || (c < 0x20 && c !== 9 && c !== 10 && c !== 13)) return false;
  }
  return true;
}

/**
 * Whether `c` may open a quantum of base64 of printable text: its first character holds a byte's top six bits, for
 * printable ASCII (0x20–0x7e) one of I–Z, a–f.
 */
export const isPrintableLead = (c: number) => (c >= 73 && c <= 90) || (c >= 97 && c <= 102);

function base64(value: string): string | undefined {
  if (value.length > MAX_ENCODED || value.length % 4 !== 0) return undefined;
  // Rejects identifiers and random keys without decoding them.
  for (let i = 0; i < value.length; i += 4) if (!isPrintableLead(value.charCodeAt(i))) return undefined;
  const s = Buffer.from(value, 'base64').toString('latin1');
  return s.length >= 8 && printable(s) ? s : undefined;
}

export const isBase64Char = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 47;

/** The base64 value starting after up to eight blanks and a quote at `i`, decoded, if it is printable text. */
function base64ValueAt(text: string, i: number): EncodedSpan | undefined {
  // Character codes only (no `text[i]`): texts come as strings of every representation, and an indexed read
  // deoptimised this function for each new one (`--trace-deopt`, issue 14).
  const limit = Math.min(text.length, i + 8);
  while (i < limit && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const q = text.charCodeAt(i);
  if (q === 34 || q === 39) i++;
  // Most values stop here.
  if (!isPrintableLead(text.charCodeAt(i))) return undefined;
  let end = i + 1;
  while (end < text.length && end - i <= MAX_ENCODED && isBase64Char(text.charCodeAt(end))) end++;
  return end - i < 16 ? undefined : base64Span(text, i, end);
}

/** The base64 run `text[start, end)` with its padding, decoded, if it ends there and is printable text (rare: apart). */
function base64Span(text: string, start: number, end: number): EncodedSpan | undefined {
  if (text.charCodeAt(end) === 61) end++;
  if (text.charCodeAt(end) === 61) end++;
  const next = text.charCodeAt(end);
  if (isBase64Char(next) || next === 61 || next === 95 || next === 45) return undefined;
  const decoded = base64(text.slice(start, end));
  return decoded ? { start, end, encoding: 'base64', decoded } : undefined;
}

/** A newline, or a double quote that is not escaped: where a quoted string ends. */
function stringEdge(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 10 || (c === 34 && text.charCodeAt(i - 1) !== 92);
}

/** `[A-Za-z0-9%._~+-]`: what a percent-encoded value is made of. */
function urlChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 37 || c === 46 || c === 95 || c === 126 || c === 43 || c === 45;
}

/** Longest quoted string read around an escape: a credential's string is short, a minified bundle's is not. */
const MAX_STRING = 512;

/**
 * The spans worth decoding in one text; `triggered`: the DECODE_TRIGGERS fragments that occur in it. `marked`: where
 * a base64 value may follow each of `MARKS`, when the keyword prefilter's module has looked for them in the text's
 * bytes (`KeywordMatcher.markedOffsets`); without it they are looked for here (`markOffsets`).
 */
export function encodedSpans(text: string, triggered: readonly string[], marked?: number[][]): EncodedSpan[] {
  const out: EncodedSpan[] = [];
  // A whole text that is base64 (the result of a first decoding) is decoded again.
  // Only a text short enough to decode is tested: the regex over a 10 MiB line overflowed V8's regex stack.
  if (text.length <= MAX_ENCODED + 2 && WHOLE_BASE64.test(text)) {
    const decoded = base64(text);
    if (decoded) out.push({ start: 0, end: text.length, encoding: 'base64', decoded });
    return out;
  }
  for (const offsets of marked ?? markOffsets(text)) {
    for (const j of offsets) {
      const span = base64ValueAt(text, j);
      if (span) out.push(span);
    }
  }
  if (triggered.length) escapedSpans(text, triggered, out);
  return out;
}

/**
 * Where a base64 value may follow each of `MARKS` in `text` (as `KeywordMatcher.markedOffsets` finds them in bytes):
 * the offsets just past each mark whose next character may open one. On its own, and as small as it is, because it
 * runs on every colon and equals sign of every string the prefilter admits: inside `encodedSpans` each path first met
 * late (an escape, a whole text of base64) recompiled all of it, ten times a scan at 28 ms each (`--trace-opt`, issue 14).
 */
function markOffsets(text: string): number[][] {
  const all: number[][] = [];
  for (const mark of MARKS) {
    const offsets: number[] = [];
    for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) {
      // The first character of base64 of printable text is I–Z or a–f, after up to eight blanks and a quote (see
      // `base64ValueAt`): most marks end here.
      const j = i + mark.length;
      const c = text.charCodeAt(j);
      if (c === 32 || c === 9 || c === 34 || c === 39 || isPrintableLead(c)) offsets.push(j);
    }
    all.push(offsets);
  }
  return all;
}

/** The percent-encoded and escaped strings around the escapes `triggered` says occur (see `ESCAPES`), onto `out`. */
function escapedSpans(text: string, triggered: readonly string[], out: EncodedSpan[]): void {
  const needles = triggered.flatMap((t) => ESCAPES[t] ?? []);
  if (!needles.length) return;
  const at: number[] = [];
  for (const needle of needles) for (let i = text.indexOf(needle); i >= 0 && at.length < MAX_ESCAPES; i = text.indexOf(needle, i + 1)) at.push(i);
  at.sort((a, b) => a - b);
  let covered = -1;
  for (const i of at) {
    if (i < covered) continue;
    if (text[i] === '%') {
      let start = i;
      let end = i + 3;
      while (start > 0 && i - start < MAX_ENCODED && urlChar(text.charCodeAt(start - 1))) start--;
      while (end < text.length && end - i < MAX_ENCODED && urlChar(text.charCodeAt(end))) end++;
      covered = end;
      try {
        const decoded = decodeURIComponent(text.slice(start, end));
        if (printable(decoded)) out.push({ start, end, encoding: 'percent', decoded });
      } catch {}
      continue;
    }
    // A JSON or YAML double-quoted string holding the escape, read back to its quotes on the same line.
    let start = i;
    while (start > 0 && i - start < MAX_STRING && !stringEdge(text, start - 1)) start--;
    let end = i;
    while (end < text.length && end - i < MAX_STRING && !stringEdge(text, end)) end++;
    covered = end;
    if (text.charCodeAt(start - 1) !== 34 || text.charCodeAt(end) !== 34) continue;
    try {
      const decoded = JSON.parse(text.slice(start - 1, end + 1)) as string;
      if (printable(decoded)) out.push({ start, end, encoding: 'escape', decoded });
    } catch {}
  }
}

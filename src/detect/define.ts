// The shape every file in detectors/ exports: one credential type, its pattern and its own examples.
import type { SharedFormat } from '../types.js';

export interface MatchInput {
  /** The whole text the match was found in (a file, or one environment variable's `NAME=value`). */
  text: string;
  /** Offset of the secret in `text`. */
  index: number;
  /** The regex match, for detectors that capture more than the secret. */
  match: RegExpExecArray;
  /** The variable or key the value is assigned to, when the syntax names one. */
  variable?: string;
  path: string;
  /** The value reads as typed, not drawn (src/detect/placeholder.ts `placeholderKind`); only detectors with `samples` see such values. */
  typed?: boolean;
}

export interface Enriched {
  /** Companion secrets a resolver needs (memory only), e.g. AWS `secretAccessKey`. */
  parts?: Record<string, string>;
  /**
   * Non-secret facts safe to print (host, user, account id, JWT role). `checksum: 'mismatch'` says the
   * token fails the checksum its format carries: the provider never issued it, so it is not sent to be
   * resolved and its result says so (`valid` when it passes).
   */
  facts?: Record<string, string>;
  /** Overrides the detector's token kind for this match. */
  tokenKind?: string;
  /** The format is shared with other providers: which, and what decided the issuer (detectors/lib/shared-prefix.ts). */
  shared?: SharedFormat;
  /**
   * Providers the context names, most specific first (a generic assignment to `ACME_API_TOKEN` names `acme`):
   * the first one some registered detector declares becomes the finding's provider, so its resolver applies.
   */
  namedProviders?: string[];
  /**
   * The credential the matched text encodes (a token inside a base64 docker `auth`): the finding carries,
   * resolves and fingerprints it, while its location stays that of the matched text.
   */
  secret?: string;
}

export interface PositiveExample {
  /** Renders the secret into a file's text. */
  text: (secret: string) => string;
  /** Built by the seeded generator in src/detect/fake.ts, never a literal a pattern would match. */
  secret: string;
  /** The secret's variable name: the generic test also renders it in every syntax of src/detect/syntaxes.ts. */
  variable?: string;
  /** Path the example is scanned as (default `example.txt`): some detectors only fire in their file type. */
  path?: string;
}

export interface NegativeExample {
  text: string;
  why: string;
  path?: string;
}

export type Precedence = 'specific' | 'general' | 'fallback';

export interface Detector {
  /** kebab-case, equals the file name in detectors/. */
  id: string;
  /** Names a resolver in scopes/. */
  provider: string;
  /** The token kind this detector sees (`classic-pat`); `enrich` may refine it per match. */
  tokenKind: string;
  /** Literal lower-case fragments; a file runs this detector only if it contains one of them. */
  keywords: string[];
  /** Global regex; the secret is the named group `secret`, else group 1, else the whole match. Must be linear-time. */
  pattern: RegExp;
  /** Returns false to reject a candidate (checksum, entropy floor, shape). Placeholders are rejected before it. */
  check?: (secret: string, input: MatchInput) => boolean;
  /**
   * Name-based detectors: a typed value (`abcdef1234567890…`) under the name is not dropped as a placeholder but
   * reaches `check` with `input.typed`; kept, it is reported with `facts.sample: 'likely'` (ABR007, inferred) and
   * never sent to its provider.
   */
  samples?: boolean;
  /**
   * Extends a match to the end of the token by a plain scan, for tokens whose tail no regex can bound in
   * linear time (a JWT after its prefix). Returns the offset one past the token's last character.
   */
  extend?: (text: string, end: number) => number;
  enrich?: (secret: string, input: MatchInput) => Enriched;
  /** How much a preview may show: `prefix` shows the public prefix and four characters, `none` nothing (passwords). */
  redaction: { kind: 'prefix'; prefix: RegExp } | { kind: 'none' };
  /** Paths (posix, relative) this detector is limited to, e.g. `.netrc`. */
  paths?: RegExp;
  /**
   * Names of `parts` or `facts` (from `enrich`) that belong to the credential's identity: the fingerprint
   * covers them, so one key id paired with two different secrets is two credentials, and one password
   * used for two database servers (`host`, `port`, `user`) is two credentials. Default: none.
   */
  fingerprintParts?: string[];
  /**
   * How a match ranks against another detector's match on an overlapping span. `specific` (the default)
   * beats `general` (shapes a specific detector also claims, e.g. any URL with a password, any PEM key),
   * which beats `fallback` (a name-based guess such as `SECRET=…`). A `fallback` match whose value another
   * match holds as a companion part is dropped: it is that credential's other half, not a credential.
   */
  precedence?: Precedence;
  /**
   * Names whose values this detector's provider documents the shape of (`AWS_SECRET_ACCESS_KEY` is 40 base64
   * characters): a name-based guess (`fallback`) under such a name whose value does not fit was never issued
   * by the provider, so it is dropped.
   */
  claims?: Array<{ name: RegExp; value: RegExp }>;
  /**
   * Where every match `check` can accept starts: from `near.from` to `near.to` characters after the start of an
   * occurrence of one of `near.keywords` (default `keywords`) in the text, ASCII case-insensitively (negative: before
   * it). The engine then runs the pattern only around those places, not over the whole text, and finds the same
   * matches (test/near.test.ts) when both hold: the pattern's look-behind, match and look-ahead read at most
   * `near.reach` characters either side of where a match starts; and either no match of the pattern starts inside
   * another (a value bounded by look-arounds that refuse its own characters) or every match starts at such a place.
   */
  near?: { keywords?: string[]; from: number; to: number; reach: number };
  docs: { url: string; rotate: string };
  /** Built on first use (by the tests), so a scan never runs the test-data generator. */
  readonly examples: Examples;
}

export interface Examples {
  positive: PositiveExample[];
  negative: NegativeExample[];
}

/** What a detector file declares: the detector, its examples as a function the registry calls only when asked. */
export type DetectorSpec = Omit<Detector, 'examples'> & { examples: () => Examples };

export function defineDetector(spec: DetectorSpec): Detector {
  if (!spec.pattern.global) throw new Error(`detector ${spec.id}: pattern must have the g flag`);
  if (spec.near && spec.extend) throw new Error(`detector ${spec.id}: a pattern with near has no extend`);
  for (const k of spec.keywords) {
    if (k !== k.toLowerCase()) throw new Error(`detector ${spec.id}: keyword "${k}" must be lower-case`);
  }
  const { examples, ...d } = spec;
  let built: Examples | undefined;
  return Object.defineProperty(d, 'examples', { get: () => (built ??= examples()), enumerable: false }) as Detector;
}

/**
 * Where the line holding `index` starts, looked for at most `max` characters back (then `index - max`): a
 * check that reads its line runs once per match, and on one long line an unbounded `lastIndexOf` would read
 * the whole line back every time, quadratic in the line.
 */
export function lineStartNear(text: string, index: number, max = 1024): number {
  const floor = Math.max(0, index - max);
  for (let i = index - 1; i >= floor; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return floor;
}

/**
 * `a === b`, settled by a few characters near their ends first: two look-backs of different matches nearly always
 * differ there, and comparing them whole means hashing both.
 */
function sameText(a: string, b: string): boolean {
  const n = a.length;
  if (n !== b.length) return false;
  for (let k = 1; k <= n && k < 256; k = k * 2 + 1) if (a.charCodeAt(n - k) !== b.charCodeAt(n - k)) return false;
  return a === b;
}

/**
 * A per-match answer that reads only `context` (a bounded look-back, as a slice of `text`) and what `shape` says of
 * the match, kept from the last call: the same line repeated down a file, or a pair repeated along one line, is
 * worked out once. One answer, not a table: a table would hash every look-back.
 */
export function lastAnswer<T>(): (text: string, shape: string, context: string, compute: () => T) => T {
  let last: { text: string; shape: string; context: string; value: T } | undefined;
  return (text, shape, context, compute) => {
    if (last && last.text === text && last.shape === shape && sameText(last.context, context)) return last.value;
    const value = compute();
    last = { text, shape, context, value };
    return value;
  };
}

/** `compute` with its answers kept by key, at most `limit` of them (the table starts over when full). */
export function remembered<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  let table = new Map<string, V>();
  return (key) => {
    let value = table.get(key);
    if (value === undefined && !table.has(key)) {
      if (table.size >= limit) table = new Map();
      value = compute(key);
      table.set(key, value);
    }
    return value as V;
  };
}

/** A character code `\s` matches. */
export const isSpace = (c: number) => (c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/.test(String.fromCharCode(c)));
/** `"`, `'` or a backtick. */
export const isQuote = (c: number) => c === 34 || c === 39 || c === 96;
const spaceOrQuote = (c: number) => isQuote(c) || isSpace(c);

/**
 * Where the `runs`-th last run of characters that are neither spaces nor quotes before `end` starts (not before
 * `from`). A regex anchored at the end (`NAME = "…$`) whose match holds at most that many such runs cannot start
 * earlier, so it is run from there: from the line's start it tries every position first, once per match, which
 * on a line of repeated `key=value` pairs is most of the work (issue 16).
 */
export function runsBack(text: string, from: number, end: number, runs: number): number {
  let seen = 0;
  let i = end;
  while (i > from) {
    while (i > from && spaceOrQuote(text.charCodeAt(i - 1))) i--;
    if (i === from) break;
    while (i > from && !spaceOrQuote(text.charCodeAt(i - 1))) i--;
    if (++seen === runs) return i;
  }
  return from;
}

/** Where the line holding `index` ends (its newline, or the end of the text), looked for at most `max` characters ahead. */
export function lineEndNear(text: string, index: number, max = 1024): number {
  const ceiling = Math.min(text.length, index + max);
  for (let i = index; i < ceiling; i++) if (text.charCodeAt(i) === 10) return i;
  return ceiling;
}

/** The line around `index`, at most `max` characters either side of it. */
export function lineNear(text: string, index: number, max = 1024): string {
  return text.slice(lineStartNear(text, index, max), lineEndNear(text, index, max));
}

// Answers about a whole text (the first companion value, every paired key) that each match of that text asks
// again: computed once per text and regex, so a file with many matches costs one pass, not one per match.
let memoText: string | undefined;
let memo = new Map<unknown, unknown>();

/** `compute(text)` once per text and `key` (the last text seen: the detectors run one text at a time). */
export function perText<T>(text: string, key: unknown, compute: (text: string) => T): T {
  if (memoText !== text) {
    memoText = text;
    memo = new Map();
  }
  if (memo.has(key)) return memo.get(key) as T;
  const v = compute(text);
  memo.set(key, v);
  return v;
}

/**
 * `text.indexOf(needle, from)`, remembering its last answer per text: a marker that opens a block (a PEM's BEGIN)
 * looks for the one that closes it, and a text of many openers and no closer would otherwise be read to its
 * end once per opener. Valid as long as the calls of one text ask from offsets that do not go back.
 */
export function indexAfter(text: string, needle: string, from: number): number {
  const last = perText(text, `indexAfter\0${needle}`, () => ({ from: Number.POSITIVE_INFINITY, at: -1 }));
  if (from >= last.from && (last.at < 0 || last.at >= from)) return last.at;
  last.from = from;
  last.at = text.indexOf(needle, from);
  return last.at;
}

// Runs every detector over one text in a single pass per file: a keyword prefilter picks the
// detectors whose literal fragments occur, then only their patterns run.
import * as crypto from 'node:crypto';
import type { SharedFormat } from '../types.js';
import { type Detector, isQuote, isSpace, lastAnswer, lineStartNear, type MatchInput, type Precedence, remembered, runsBack } from './define.js';
import { KeywordMatcher } from './keywords.js';
import { placeholderKind, typedBody } from './placeholder.js';

export interface RawMatch {
  detector: Detector;
  secret: string;
  /** Offsets of the secret in the text. */
  start: number;
  end: number;
  variable?: string;
  parts: Record<string, string>;
  facts: Record<string, string>;
  tokenKind: string;
  shared?: SharedFormat;
  /** See `Enriched.namedProviders`. */
  namedProviders?: string[];
}

/** Higher wins an overlapping span (see `Detector.precedence`). */
const RANK: Record<Precedence, number> = { fallback: 0, general: 1, specific: 2 };
const rankOf = (d: Detector) => RANK[d.precedence ?? 'specific'];

export class DetectorSet {
  private readonly byKeyword = new Map<string, Detector[]>();
  private readonly matcher: KeywordMatcher;
  /** Detectors per keyword index of the matcher. */
  private readonly keywordDetectors: Detector[][];
  /** 1 at a keyword index that is a trigger (see `select`). */
  private readonly isTrigger: Uint8Array;

  /** `triggers`: extra fragments the prefilter reports without a detector (text worth decoding, src/detect/decode.ts). */
  constructor(
    readonly detectors: Detector[],
    triggers: string[] = [],
  ) {
    for (const d of detectors) {
      for (const k of d.keywords) {
        const list = this.byKeyword.get(k) ?? [];
        list.push(d);
        this.byKeyword.set(k, list);
      }
    }
    const anchors = (d: Detector) => d.near?.keywords ?? d.keywords;
    const placed = new Set(detectors.filter((d) => d.near).flatMap(anchors));
    const keys = [...new Set([...this.byKeyword.keys(), ...triggers, ...placed])];
    this.matcher = new KeywordMatcher(keys);
    this.keywordDetectors = keys.map((k) => this.byKeyword.get(k) ?? []);
    this.isTrigger = Uint8Array.from(keys, (k) => (triggers.includes(k) ? 1 : 0));
    this.claims = detectors.flatMap((d) => d.claims ?? []);
    this.placed = Uint8Array.from(keys, (k) => (placed.has(k) ? 1 : 0));
    this.placedSeen = this.placed.map((p) => p * 2);
    const index = new Map(keys.map((k, i) => [k, i]));
    this.keywordIndexes = new Map(detectors.filter((d) => d.near).map((d) => [d, anchors(d).map((k) => index.get(k)!)]));
  }

  /** 1 at the keywords that place `near` detectors' matches: every occurrence of them in a text is kept, not only the first. */
  private readonly placed: Uint8Array;
  /** `placed` as `select` starts each text's `seen` (a copy: a map over a thousand keywords per file cost 5 % of a scan). */
  private readonly placedSeen: Uint8Array;
  /** The keywords that place a `near` detector's matches, as keyword indexes of the matcher. */
  private readonly keywordIndexes: Map<Detector, number[]>;

  /** Every detector's `claims`, so a name-based guess that contradicts a documented shape is dropped. */
  private readonly claims: Array<{ name: RegExp; value: RegExp }>;

  /** `bytes`, valid UTF-8, as a string, decoded where the prefilter walks them (see `KeywordMatcher.decodeUtf8`); undefined without WebAssembly. */
  decodeUtf8(bytes: Uint8Array): string | undefined {
    return this.matcher.decodeUtf8(bytes);
  }

  /** Where a base64 value may follow each of decode.ts's `MARKS` in `bytes` (see `KeywordMatcher.markedOffsets`). */
  markedOffsets(bytes: Uint8Array, ascii: boolean): number[][] | undefined {
    return this.matcher.markedOffsets(bytes, ascii);
  }

  /** The detectors whose keywords occur in `text` (a string, or its UTF-8 bytes) or in its path (`~/.railway/config.json` names its provider only there). */
  candidates(text: string | Uint8Array, path = ''): Detector[] {
    return this.select(text, path).detectors;
  }

  /**
   * As `candidates`, and the trigger fragments that occur, in the same pass; `hits`: where each keyword that places a
   * `near` detector's matches occurs in `text` (when `text` is bytes, in their decoding, exact only when they are valid UTF-8).
   */
  select(text: string | Uint8Array, path = '', ascii?: boolean): { detectors: Detector[]; triggered: string[]; hits: Hits } {
    const out = new Set<Detector>();
    // A placed keyword stays 2 in `seen`, so the matcher reports each of its occurrences; `first` marks the first.
    const seen = this.placedSeen.slice();
    const first = new Uint8Array(seen.length);
    let left = seen.length;
    const triggered: string[] = [];
    const hits: Hits = new Map();
    let inText = false;
    const keywords = this.matcher.keywords;
    const hit = (k: number, end: number) => {
      if (seen[k] === 2) {
        if (inText) {
          const at = hits.get(k);
          if (at) at.push(end - keywords[k].length);
          else hits.set(k, [end - keywords[k].length]);
        }
        if (first[k] === 1) return false;
        first[k] = 1;
      }
      for (const d of this.keywordDetectors[k]) out.add(d);
      if (this.isTrigger[k] === 1) triggered.push(keywords[k]);
      // Every keyword seen: nothing more to learn, unless the places of some are wanted.
      return --left === 0 && this.keywordIndexes.size === 0;
    };
    this.matcher.scan(path, hit, seen);
    if (left > 0 || this.keywordIndexes.size > 0) {
      inText = true;
      if (typeof text === 'string') this.matcher.scan(text, hit, seen);
      else this.matcher.scanBytes(text, hit, seen, ascii);
    }
    return { detectors: [...out], triggered, hits };
  }

  /**
   * Every candidate's matches in `text`, overlaps settled. `hits`: `select`'s of this same text, in its string
   * offsets; when a `near` detector is a candidate and they are not given, they are looked for again in `text`.
   */
  scan(text: string, path: string, candidates = this.candidates(text, path), hits?: Hits): RawMatch[] {
    const found: RawMatch[] = [];
    for (const d of candidates) {
      let windows: Windows | undefined;
      if (d.near) {
        hits ??= this.select(text).hits;
        windows = windowsOf(this.keywordIndexes.get(d)!, hits, d.near);
        if (!windows.length) continue;
      }
      for (const m of matchAll(d, text, path, windows)) {
        if (rankOf(m.detector) === RANK.fallback && m.variable && this.claims.some((c) => c.name.test(m.variable!) && !c.value.test(m.secret))) continue;
        found.push(m);
      }
    }
    return dropOverlaps(found);
  }
}

/** Start offsets of keyword occurrences in one text, by keyword index of the matcher (see `DetectorSet.select`). */
export type Hits = Map<number, number[]>;

/** Offsets where matches may start, `[from, to]` pairs (both included), sorted and disjoint. */
type Windows = number[];

/** Where a `near` detector's matches may start in a text, from its keywords' occurrences there. */
function windowsOf(keywords: number[], hits: Hits, near: { from: number; to: number }): Windows {
  const starts: number[] = [];
  for (const k of keywords) {
    const at = hits.get(k);
    if (at) for (const s of at) starts.push(s);
  }
  starts.sort((a, b) => a - b);
  const out: Windows = [];
  for (const s of starts) {
    const from = Math.max(0, s + near.from);
    const to = s + near.to;
    if (to < from) continue;
    if (out.length && from <= out[out.length - 1] + 1) out[out.length - 1] = Math.max(out[out.length - 1], to);
    else out.push(from, to);
  }
  return out;
}

/**
 * Each detector's pattern, global and sticky, and a sticky one with match indices (`d`) for the rare match whose
 * secret's offset its text does not settle (the captured text occurs twice in the match). Indices cost on every
 * match (six times the search on a line of many), so they are asked for only then.
 */
interface Compiled {
  global: RegExp;
  sticky: RegExp;
  indexed?: RegExp;
}
const compiled = new WeakMap<Detector, Compiled>();

function patternOf(d: Detector): Compiled {
  let p = compiled.get(d);
  if (!p) compiled.set(d, (p = { global: new RegExp(d.pattern.source, d.pattern.flags), sticky: new RegExp(d.pattern.source, `${d.pattern.flags}y`) }));
  return p;
}

/** Where the match's secret (its `secret` group, else its first group, else all of it) starts in the text. */
function secretStart(d: Detector, text: string, m: RegExpExecArray, secret: string): number {
  if (secret === m[0]) return m.index;
  const at = m[0].indexOf(secret);
  if (at === m[0].lastIndexOf(secret)) return m.index + at;
  const p = patternOf(d);
  p.indexed ??= new RegExp(d.pattern.source, `${d.pattern.flags}dy`);
  p.indexed.lastIndex = m.index;
  const e = p.indexed.exec(text);
  const span = e?.indices?.groups?.secret ?? e?.indices?.[1] ?? e?.indices?.[0];
  return span ? span[0] : m.index;
}

/** Windows of fewer places than this are matched place by place: one sticky match each costs less than a part's search. */
const NARROW = 8;

/**
 * The matches of a `near` detector's pattern that start in `windows`, in order: the pattern runs over each window and
 * `reach` characters either side of it (a sliced string is not a copy), and each place it matches there is matched
 * again in the whole text, so the match and its offsets are the whole text's.
 */
class WindowMatches {
  private w = 0;
  private next = 0;
  private lo = 0;
  private part = '';
  private readonly global: RegExp;
  private readonly sticky: RegExp;

  constructor(
    d: Detector,
    private readonly text: string,
    private readonly windows: Windows,
    private readonly reach: number,
  ) {
    ({ global: this.global, sticky: this.sticky } = patternOf(d));
    this.open();
  }

  /** Starts the current window's part, or ends the run. */
  private open(): void {
    while (this.w < this.windows.length && this.windows[this.w + 1] < this.next) this.w += 2;
    if (this.w === this.windows.length) return;
    const from = this.windows[this.w];
    if (this.windows[this.w + 1] - from < NARROW) {
      this.part = '';
      return;
    }
    this.lo = Math.max(0, from - this.reach);
    this.part = this.text.slice(this.lo, Math.min(this.text.length, this.windows[this.w + 1] + this.reach + 1));
    this.global.lastIndex = Math.max(from, this.next) - this.lo;
  }

  exec(): RegExpExecArray | null {
    while (this.w < this.windows.length) {
      const to = this.windows[this.w + 1];
      if (this.part === '') {
        // A narrow window: the pattern tried at each of its places.
        for (let at = Math.max(this.windows[this.w], this.next); at <= to; at++) {
          this.sticky.lastIndex = at;
          const m = this.sticky.exec(this.text);
          if (!m) continue;
          this.next = Math.max(this.sticky.lastIndex, at + 1);
          return m;
        }
        this.w += 2;
        this.open();
        continue;
      }
      const c = this.global.exec(this.part);
      if (c && this.lo + c.index <= to) {
        this.sticky.lastIndex = this.lo + c.index;
        const m = this.sticky.exec(this.text);
        this.global.lastIndex = m ? this.sticky.lastIndex - this.lo : c.index + 1;
        if (!m) continue;
        this.next = Math.max(this.sticky.lastIndex, m.index + 1);
        return m;
      }
      this.w += 2;
      this.open();
    }
    return null;
  }
}

// A match's variable reads at most 200 characters before the match: the same line repeated is read once.
const nameOf = lastAnswer<string | undefined>();

/** A match as its detector's check sees it; the variable is read when a check or the finding asks for it (most matches a check refuses never need it). */
class Input implements MatchInput {
  #variable: string | undefined;
  #named = false;
  readonly typed?: boolean;
  constructor(
    readonly text: string,
    readonly index: number,
    readonly match: RegExpExecArray,
    readonly path: string,
    typed: boolean,
  ) {
    if (typed) this.typed = true;
  }
  get variable(): string | undefined {
    if (!this.#named) {
      this.#named = true;
      const { text, index, match } = this;
      const at = index - match.index;
      this.#variable = nameOf(
        text,
        String(at),
        text.slice(Math.max(0, match.index - 200), index),
        () =>
          // The name a whole match is assigned to (`DATABASE_URL=postgres://…`), else the one before the secret itself.
          variableBefore(text, match.index) ?? (at !== 0 && !text.slice(match.index, index).includes('://') ? variableBefore(text, index) : undefined),
      );
    }
    return this.#variable;
  }
  set variable(v: string | undefined) {
    this.#named = true;
    this.#variable = v;
  }
}

/**
 * Every match of `d` in `text` its checks accept. `windows`: only matches starting in one of them are looked for;
 * the same ones as over the whole text (see `Detector.near`).
 */
export function matchAll(d: Detector, text: string, path: string, windows?: Windows): RawMatch[] {
  const out: RawMatch[] = [];
  if (d.paths && !d.paths.test(path)) return out;
  const re = patternOf(d).global;
  re.lastIndex = 0;
  const windowed = windows && new WindowMatches(d, text, windows, d.near!.reach);
  let m: RegExpExecArray | null;
  while ((m = windowed ? windowed.exec() : re.exec(text))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    let secret = m.groups?.secret ?? m[1] ?? m[0];
    if (!secret) continue;
    const start = secretStart(d, text, m, secret);
    if (d.extend) {
      const end = d.extend(text, start + secret.length);
      secret = text.slice(start, end);
      re.lastIndex = Math.max(re.lastIndex, end);
    }
    const kind = placeholderKind(secret);
    if (kind === 'stand-in') continue;
    // A token of a known format whose body a person typed (`dop_v1_1234567890abcdef…`) is kept as a sample; a drawn
    // body with a typed run pasted in is neither. Name-based detectors (`samples`) judge for themselves.
    if (kind === 'typed' && !d.samples && !typedBody(secret)) continue;
    // The name a whole match is assigned to (`DATABASE_URL=postgres://…`), else the one before the secret itself.
    const input = new Input(text, start, m, path, kind === 'typed');
    if (d.check && !d.check(secret, input)) continue;
    const e = d.enrich?.(secret, input) ?? {};
    out.push({
      detector: d,
      secret: e.secret ?? secret,
      start,
      end: start + secret.length,
      variable: input.variable,
      parts: e.parts ?? {},
      facts: kind === 'typed' ? { ...e.facts, sample: 'likely' } : (e.facts ?? {}),
      tokenKind: e.tokenKind ?? d.tokenKind,
      ...(e.shared ? { shared: e.shared } : {}),
      ...(e.namedProviders?.length ? { namedProviders: e.namedProviders } : {}),
    });
  }
  return out;
}

// `NAME=`, `NAME: `, `"name": "`, `name = '`, `NAME := `, `name => "` before the value; the value may
// itself start with a URL scheme and user (`DATABASE_URL=postgres://user:` before a password). As a regex (the one
// test/variable-before.test.ts compares with), ASSIGNMENT: /([A-Za-z_][A-Za-z0-9_.-]*)["'`]?\s*(?::=|=>|=|:)\s*["'`]?[^\s"'`]*$/

/** The variable or key a value at `index` is assigned to, read back from the start of its line. */
export function variableBefore(text: string, index: number): string | undefined {
  // At most 200 characters back: on one long line, an unbounded search for its start runs once per match.
  // ASSIGNMENT's name, operator and value are at most three runs of characters that are neither spaces nor quotes.
  const from = runsBack(text, lineStartNear(text, index, 200), index, 3);
  // No operator, no assignment (a spaced phrase, a list of ids): settled by a native search.
  const span = text.slice(from, index);
  if (!span.includes('=') && !span.includes(':')) return undefined;
  return assignmentName(text, from, index);
}

const isNameStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 45;

/**
 * ASSIGNMENT's first group over `text[from, end)`, read by hand (once per match, so without slicing the text or
 * backtracking): the leftmost name followed by an optional quote, spaces, `:=`/`=>`/`=`/`:`, spaces, an optional
 * quote and characters that are neither spaces nor quotes up to `end`. test/variable-before.test.ts holds it to the regex.
 */
function assignmentName(text: string, from: number, end: number): string | undefined {
  // The value after the operator holds no space or quote: it starts after the last one.
  let lastBreak = from - 1;
  for (let i = end - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || isQuote(c)) {
      lastBreak = i;
      break;
    }
  }
  // Spaces, then an optional quote, then a value reaching `end`.
  const valueFits = (at: number) => {
    while (at < end && isSpace(text.charCodeAt(at))) at++;
    if (at < end && isQuote(text.charCodeAt(at))) at++;
    return at > lastBreak;
  };
  let p = from;
  while (p < end) {
    if (!isNameStart(text.charCodeAt(p))) {
      p++;
      continue;
    }
    let q = p + 1;
    while (q < end && isNameChar(text.charCodeAt(q))) q++;
    let r = q;
    if (r < end && isQuote(text.charCodeAt(r))) r++;
    while (r < end && isSpace(text.charCodeAt(r))) r++;
    const c = text.charCodeAt(r);
    const d = r + 1 < end ? text.charCodeAt(r + 1) : -1;
    if (r < end && ((c === 58 && d === 61 && valueFits(r + 2)) || (c === 61 && d === 62 && valueFits(r + 2)) || ((c === 61 || c === 58) && valueFits(r + 1)))) {
      return text.slice(p, q);
    }
    // Any later start inside the same name reads to the same place and fails the same way.
    p = q;
  }
  return undefined;
}

function dropOverlaps(matches: RawMatch[]): RawMatch[] {
  if (matches.length < 2) return matches;
  // A value another detector already holds as a companion part (a secret paired with its key id) is
  // one credential, not two.
  const held = new Set(matches.flatMap((m) => Object.values(m.parts)));
  if (held.size) matches = matches.filter((m) => !held.has(m.secret) || rankOf(m.detector) !== RANK.fallback);
  matches.sort((a, b) => a.start - b.start || rankOf(b.detector) - rankOf(a.detector));
  // Kept spans are disjoint and sorted by start, and no kept span starts after `m`: only the last one can
  // hold `m.start`, so only it can overlap (a search of every kept span was quadratic in the matches).
  const kept: RawMatch[] = [];
  for (const m of matches) {
    const k = kept[kept.length - 1];
    if (!k || m.start >= k.end) {
      kept.push(m);
      continue;
    }
    // The more specific detector wins; between equals, the first (and so the longer-reaching) stays.
    if (rankOf(m.detector) > rankOf(k.detector)) kept[kept.length - 1] = m;
  }
  return kept;
}

// Node's one-shot hash (20.12 and later) is about three times cheaper than a Hash object, and every match is fingerprinted.
const oneShot = (crypto as { hash?: (algorithm: string, data: string) => string }).hash;
const sha256 = oneShot ? (s: string) => oneShot('sha256', s) : (s: string) => crypto.createHash('sha256').update(s).digest('hex');

// A secret repeated many times in a file is fingerprinted once: the last few thousand answers are kept.
const hashOf = remembered(4096, (key) => sha256(key).slice(0, 32));

export function fingerprint(provider: string, secret: string, pair = ''): string {
  return hashOf(`${provider}\0${secret}\0${pair}`);
}

/**
 * The fingerprint of one match: its provider, the secret and the companion parts its detector declares
 * part of the credential's identity (`fingerprintParts`), joined by NUL; a missing part counts as empty.
 */
export function matchFingerprint(d: Pick<Detector, 'provider' | 'fingerprintParts'>, secret: string, parts: Record<string, string>, facts: Record<string, string> = {}): string {
  return fingerprint(d.provider, secret, (d.fingerprintParts ?? []).map((p) => parts[p] ?? facts[p] ?? '').join('\0'));
}

/** Line and column (1-based, columns in UTF-16 units) of offsets in one text, computed once per text. */
export class LineIndex {
  private starts?: number[];
  constructor(private readonly text: string) {}
  at(offset: number): { line: number; column: number } {
    if (!this.starts) {
      this.starts = [0];
      for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) this.starts.push(i + 1);
    }
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
}

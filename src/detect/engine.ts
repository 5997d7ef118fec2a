// Runs every detector over one text in a single pass per file: a keyword prefilter picks the
// detectors whose literal fragments occur, then only their patterns run.
import * as crypto from 'node:crypto';
import type { SharedFormat } from '../types.js';
import { type Detector, lineStartNear, type MatchInput, type Precedence } from './define.js';
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
    const keys = [...new Set([...this.byKeyword.keys(), ...triggers])];
    this.matcher = new KeywordMatcher(keys);
    this.keywordDetectors = keys.map((k) => this.byKeyword.get(k) ?? []);
    this.isTrigger = Uint8Array.from(keys, (k) => (triggers.includes(k) ? 1 : 0));
    this.claims = detectors.flatMap((d) => d.claims ?? []);
  }

  /** Every detector's `claims`, so a name-based guess that contradicts a documented shape is dropped. */
  private readonly claims: Array<{ name: RegExp; value: RegExp }>;

  /** The detectors whose keywords occur in `text` (a string, or its UTF-8 bytes) or in its path (`~/.railway/config.json` names its provider only there). */
  candidates(text: string | Uint8Array, path = ''): Detector[] {
    return this.select(text, path).detectors;
  }

  /** As `candidates`, and the trigger fragments that occur, in the same pass. */
  select(text: string | Uint8Array, path = ''): { detectors: Detector[]; triggered: string[] } {
    const out = new Set<Detector>();
    const seen = new Uint8Array(this.keywordDetectors.length);
    let left = seen.length;
    const triggered: string[] = [];
    const hit = (k: number) => {
      for (const d of this.keywordDetectors[k]) out.add(d);
      if (this.isTrigger[k] === 1) triggered.push(this.matcher.keywords[k]);
      return --left === 0;
    };
    this.matcher.scan(path, hit, seen);
    if (left > 0) {
      if (typeof text === 'string') this.matcher.scan(text, hit, seen);
      else this.matcher.scanBytes(text, hit, seen);
    }
    return { detectors: [...out], triggered };
  }

  scan(text: string, path: string, candidates = this.candidates(text, path)): RawMatch[] {
    const found: RawMatch[] = [];
    for (const d of candidates) {
      for (const m of matchAll(d, text, path)) {
        if (rankOf(m.detector) === RANK.fallback && m.variable && this.claims.some((c) => c.name.test(m.variable!) && !c.value.test(m.secret))) continue;
        found.push(m);
      }
    }
    return dropOverlaps(found);
  }
}

export function matchAll(d: Detector, text: string, path: string): RawMatch[] {
  const out: RawMatch[] = [];
  if (d.paths && !d.paths.test(path)) return out;
  // `d`: match indices, so a secret captured mid-match (a URL's password) gets its own offset.
  const re = new RegExp(d.pattern.source, d.pattern.flags + 'd');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    let secret = m.groups?.secret ?? m[1] ?? m[0];
    if (!secret) continue;
    const span = m.indices?.groups?.secret ?? m.indices?.[1] ?? m.indices?.[0];
    const start = span ? span[0] : m.index;
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
    const variable = variableBefore(text, m.index) ?? (start !== m.index && !text.slice(m.index, start).includes('://') ? variableBefore(text, start) : undefined);
    const input: MatchInput = { text, index: start, match: m, variable, path, ...(kind === 'typed' ? { typed: true } : {}) };
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
// itself start with a URL scheme and user (`DATABASE_URL=postgres://user:` before a password).
const ASSIGNMENT = /([A-Za-z_][A-Za-z0-9_.-]*)["'`]?\s*(?::=|=>|=|:)\s*["'`]?[^\s"'`]*$/;

/** The variable or key a value at `index` is assigned to, read back from the start of its line. */
export function variableBefore(text: string, index: number): string | undefined {
  // At most 200 characters back: on one long line, an unbounded search for its start runs once per match.
  const prefix = text.slice(lineStartNear(text, index, 200), index);
  // No operator, no assignment: a long run of key characters is settled without the regex.
  if (!prefix.includes('=') && !prefix.includes(':')) return undefined;
  const m = ASSIGNMENT.exec(prefix);
  if (!m) return undefined;
  // `export NAME=` and YAML list dashes are not names.
  return m[1];
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

export function fingerprint(provider: string, secret: string, pair = ''): string {
  return sha256(`${provider}\0${secret}\0${pair}`).slice(0, 32);
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

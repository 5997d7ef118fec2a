// Detection of one text, alone: what the worker threads load, without the resolve stage or any SDK.
import { isAscii, isUtf8 } from 'node:buffer';
import { detectors, exampleKey } from '../../detectors/index.js';
import { isAgentConfig } from '../context/agent.js';
import { combineEnvironment, fileEnvironment } from '../context/environment.js';
import type { Encoding, Finding, TextInput } from '../types.js';
import { allowReason, ALLOW_MARKER, lineAt } from './allow.js';
import { DECODE_TRIGGERS, encodedSpans } from './decode.js';
import { DetectorSet, LineIndex, matchFingerprint, type RawMatch, variableBefore } from './engine.js';
import { preview } from './redact.js';

let detectorSet: DetectorSet | undefined;
let declared: Set<string> | undefined;

/** The provider a match names by its context when some detector declares it (so it has a resolver), else its detector's. */
function providerOf(m: { detector: { provider: string }; namedProviders?: string[] }): string {
  if (!m.namedProviders) return m.detector.provider;
  declared ??= new Set(detectors.map((d) => d.provider));
  return m.namedProviders.find((p) => declared!.has(p)) ?? m.detector.provider;
}

/** Builds the detectors' keyword matcher now (a worker does, while the walk goes on), not with the first text. */
export function prepareDetection(): DetectorSet {
  detectorSet ??= new DetectorSet(detectors, DECODE_TRIGGERS);
  return detectorSet;
}

/**
 * A file's bytes as text. ASCII (most files) is copied as Latin-1, without UTF-8 decoding's work: the same text.
 * Other valid UTF-8 is decoded by the prefilter's module where it can (see `KeywordMatcher.decodeUtf8`); the rest,
 * and all of it without WebAssembly, by V8, which replaces what is not UTF-8.
 */
function decodeBytes(set: DetectorSet, bytes: Buffer, ascii: boolean, valid: boolean): string {
  if (ascii) return bytes.toString('latin1');
  return (valid ? set.decodeUtf8(bytes) : undefined) ?? bytes.toString('utf8');
}

/** Detects every credential in one text. */
export function detectText(t: TextInput, environment?: string): Finding[] {
  detectorSet = prepareDetection();
  // Whether a file is ASCII, asked once: the prefilter and the decoding both need it.
  const ascii = t.text === undefined && isAscii(t.bytes!);
  const { detectors: candidates, triggered, hits } = detectorSet.select(t.text ?? t.bytes!, t.source.path, ascii);
  if (!candidates.length && !triggered.length) return [];
  const valid = t.text !== undefined || ascii || isUtf8(t.bytes!);
  const text = t.text ?? decodeBytes(detectorSet, t.bytes!, ascii, valid);
  // Keywords are placed in bytes as in their decoding only when they are valid UTF-8 (else they are looked for again).
  const places = valid ? hits : undefined;
  // A key a provider publishes in its documentation is nobody's credential (after overlaps are settled,
  // so no weaker detector reports the span instead).
  const plain = detectorSet.scan(text, t.source.path, candidates, places).filter((m) => !exampleKey(m.secret));
  // Where base64 may follow a colon, an equals sign or `Basic `: looked for by the module in bytes that decode exactly.
  const marked = t.text === undefined && valid ? detectorSet.markedOffsets(t.bytes!, ascii) : undefined;
  const matches: DecodedMatch[] = [...plain, ...decodedMatches(detectorSet, text, t.source.path, triggered, plain, 1, marked)];
  if (!matches.length) return [];
  const lines = new LineIndex(text);
  const hasAllow = text.includes(ALLOW_MARKER);
  const fileEnv = t.source.origin === 'process-env' ? 'unknown' : fileEnvironment(t.source.path.replace(/^~\//, ''));
  // An agent configuration that only history holds is no longer handed to the agent: it is read, not loaded.
  const agentConfig = t.source.origin === 'process-env' || (t.source.origin !== 'git-history' && isAgentConfig(t.source.path));
  const place = t.source.commit ? { commit: t.source.commit, removed: Boolean(t.source.removed) } : {};
  return matches.map((m) => {
    const start = lines.at(m.start);
    const end = lines.at(m.end);
    const allow = hasAllow ? allowReason(lineAt(text, m.start)) : undefined;
    const provider = providerOf(m);
    return {
      detectorId: m.detector.id,
      provider,
      tokenKind: m.tokenKind,
      path: t.source.path,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      secret: m.secret,
      parts: m.parts,
      facts: m.facts,
      fingerprint: matchFingerprint({ provider, fingerprintParts: m.detector.fingerprintParts }, m.secret, m.parts, m.facts),
      redacted: preview(m.detector, m.secret, m.facts),
      context: {
        variable: m.variable,
        fileEnvironment: fileEnv,
        environment: combineEnvironment(fileEnv, environment),
        agentConfig,
        origin: t.source.origin,
        ...(m.encoding ? { encoding: m.encoding } : {}),
      },
      ...place,
      ...(allow ? { allow } : {}),
      ...(m.shared ? { shared: m.shared } : {}),
    };
  });
}

/** Decodings followed into one value: base64 of base64 is read, a third layer is not. */
const MAX_DEPTH = 2;

type DecodedMatch = RawMatch & { encoding?: Encoding };

/**
 * Credentials inside encoded values (src/detect/decode.ts), located at the encoded text: a span a plain match
 * already holds (a docker `auth`, a random `APP_KEY=base64:…`) is that credential, not a second one.
 */
function decodedMatches(set: DetectorSet, text: string, path: string, triggered: string[], plain: RawMatch[], depth: number, marked?: number[][]): DecodedMatch[] {
  const out: DecodedMatch[] = [];
  for (const span of encodedSpans(text, triggered, marked)) {
    if (plain.some((m) => m.start < span.end && span.start < m.end)) continue;
    // A query parameter's name (`?db=postgres%3A…`), else the key the value is assigned to.
    const variable = (text[span.start - 1] === '=' && /[A-Za-z_][\w.-]*$/.exec(text.slice(Math.max(0, span.start - 101), span.start - 1))?.[0]) || variableBefore(text, span.start);
    // The decoded value is read under its name (`STRIPE_SECRET_KEY=sk_live_…` from a Kubernetes Secret's `data:`), as
    // it would be read in plain text: a format two providers share is attributed by the name, and a random value
    // under a secret's name is a secret. Matches are kept only inside the value.
    const named = variable ? `${variable}=` : '';
    const read = named + span.decoded;
    const inner = set.select(read);
    const found = inner.detectors.length
      ? set
          .scan(read, path, inner.detectors, inner.hits)
          .filter((m) => m.start >= named.length && !exampleKey(m.secret))
          .map((m) => ({ ...m, start: m.start - named.length, end: m.end - named.length }))
      : [];
    const deeper = depth < MAX_DEPTH ? decodedMatches(set, span.decoded, path, inner.triggered, found, depth + 1) : [];
    for (const m of [...found, ...deeper]) {
      out.push({ ...m, start: span.start, end: span.end, variable: m.variable ?? variable, encoding: span.encoding });
    }
  }
  return out;
}

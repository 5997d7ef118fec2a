// Detection of one text, alone: what the worker threads load, without the resolve stage or any SDK.
import { detectors, exampleKey } from '../../detectors/index.js';
import { isAgentConfig } from '../context/agent.js';
import { combineEnvironment, fileEnvironment } from '../context/environment.js';
import type { Finding, TextInput } from '../types.js';
import { allowReason, ALLOW_MARKER, lineAt } from './allow.js';
import { DetectorSet, LineIndex, matchFingerprint } from './engine.js';
import { preview } from './redact.js';

let detectorSet: DetectorSet | undefined;
let declared: Set<string> | undefined;

/** The provider a match names by its context when some detector declares it (so it has a resolver), else its detector's. */
function providerOf(m: { detector: { provider: string }; namedProviders?: string[] }): string {
  if (!m.namedProviders) return m.detector.provider;
  declared ??= new Set(detectors.map((d) => d.provider));
  return m.namedProviders.find((p) => declared!.has(p)) ?? m.detector.provider;
}

/** Detects every credential in one text. */
export function detectText(t: TextInput, environment?: string): Finding[] {
  detectorSet ??= new DetectorSet(detectors);
  const candidates = detectorSet.candidates(t.text ?? t.bytes!, t.source.path);
  if (!candidates.length) return [];
  const text = t.text ?? t.bytes!.toString('utf8');
  // A key a provider publishes in its documentation is nobody's credential (after overlaps are settled,
  // so no weaker detector reports the span instead).
  const matches = detectorSet.scan(text, t.source.path, candidates).filter((m) => !exampleKey(m.secret));
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
      },
      ...place,
      ...(allow ? { allow } : {}),
      ...(m.shared ? { shared: m.shared } : {}),
    };
  });
}

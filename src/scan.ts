// The pipeline for one workspace: walk → detect → resolve → classify → report data.
import { resolve as resolvePath } from 'node:path';
import { detectors } from '../detectors/index.js';
import { provider } from '../scopes/index.js';
import { isAgentConfig } from './classify/agent.js';
import { combineEnvironment, fileEnvironment } from './classify/environment.js';
import { classify } from './classify/rules.js';
import { DetectorSet, fingerprint, LineIndex } from './detect/engine.js';
import { preview } from './detect/redact.js';
import { resolveAll } from './resolve/index.js';
import type { Finding, Result, ScanReport, Scope } from './types.js';
import { canUseWorkers, detectInWorkers, workerCount, type Batch } from './detect/pool.js';
import { emptySummary, listWorkspace, readOne, walkWorkspace, type ReadText } from './walk/index.js';

/** Below this many files, worker start-up costs more than it saves. */
const WORKER_THRESHOLD = 400;
import { walkHome, walkProcessEnv } from './walk/home.js';
import { VERSION } from './version.js';

export interface ScanOptions {
  root: string;
  offline: boolean;
  home: boolean;
  processEnv: boolean;
  environment?: string;
  excludes: string[];
  defaultExcludes: boolean;
  maxFileSize: number;
  /** Fingerprints accepted in the config file, with a reason: reported as accepted, not as results. */
  accepted?: Map<string, string>;
  env?: NodeJS.ProcessEnv;
  /** Called every few files, for the CLI's spinner. */
  onProgress?: (filesRead: number) => void;
  /** Providers not to contact (`--no-resolve`). */
  noResolve?: string[];
  /** At most this many secrets are sent to providers. */
  maxResolutions?: number;
  /** The config's `environments` map. */
  environments?: Record<string, string>;
  /** Per-request timeout for provider calls, in ms (default 10 s). */
  timeoutMs?: number;
  /** Called once before the first provider call, with the number of secrets about to be resolved. */
  onResolve?: (count: number) => void;
}

let detectorSet: DetectorSet | undefined;

/** Detects every credential in one text. */
export function detectText(t: ReadText, environment?: string): Finding[] {
  detectorSet ??= new DetectorSet(detectors);
  const candidates = detectorSet.candidates(t.text ?? t.bytes!, t.source.path);
  if (!candidates.length) return [];
  const text = t.text ?? t.bytes!.toString('utf8');
  const matches = detectorSet.scan(text, t.source.path, candidates);
  if (!matches.length) return [];
  const lines = new LineIndex(text);
  const fileEnv = t.source.origin === 'process-env' ? 'unknown' : fileEnvironment(t.source.path.replace(/^~\//, ''));
  const agentConfig = t.source.origin === 'process-env' || isAgentConfig(t.source.path);
  return matches.map((m) => {
    const start = lines.at(m.start);
    const end = lines.at(m.end);
    return {
      detectorId: m.detector.id,
      provider: m.detector.provider,
      tokenKind: m.tokenKind,
      path: t.source.path,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      secret: m.secret,
      parts: m.parts,
      facts: m.facts,
      fingerprint: fingerprint(m.detector.provider, m.secret, m.parts.secretAccessKey ?? ''),
      redacted: preview(m.detector, m.secret, m.facts),
      context: {
        variable: m.variable,
        fileEnvironment: fileEnv,
        environment: combineEnvironment(fileEnv, environment),
        agentConfig,
        origin: t.source.origin,
      },
    };
  });
}

export async function scan(opts: ScanOptions): Promise<ScanReport> {
  const root = resolvePath(opts.root);
  const summary = emptySummary(opts.root);
  summary.environment = opts.environment;
  const findings: Finding[] = [];
  const walkOpts = { root, excludes: opts.excludes, defaultExcludes: opts.defaultExcludes, maxFileSize: opts.maxFileSize };
  const sources: Iterable<ReadText>[] = [];
  const workers = canUseWorkers() ? workerCount(opts.env ?? process.env) : 0;
  const entries = workers > 1 ? [...listWorkspace(walkOpts, summary)] : [];
  if (entries.length >= WORKER_THRESHOLD) {
    // Large trees: workers read and detect while this thread merges. Batches of ~64 files keep both busy.
    const batches: Batch[] = [];
    for (let i = 0; i < entries.length; i += 64) batches.push({ files: entries.slice(i, i + 64), environment: opts.environment, maxFileSize: opts.maxFileSize });
    findings.push(...(await detectInWorkers(batches, workers, summary, () => opts.onProgress?.(summary.filesRead))));
  } else if (entries.length) {
    sources.push(entries.flatMap((e) => readOne(e.abs, e.path, walkOpts, summary) ?? []));
  } else sources.push(walkWorkspace(walkOpts, summary));
  if (opts.home) sources.push(walkHome(summary, opts.maxFileSize));
  if (opts.processEnv) sources.push(walkProcessEnv(opts.env ?? process.env, summary));
  let n = 0;
  for (const source of sources) {
    for (const t of source) {
      for (const f of detectText(t, opts.environment)) findings.push(f);
      if (opts.onProgress && ++n % 200 === 0) {
        opts.onProgress(summary.filesRead);
        await new Promise((r) => setImmediate(r));
      }
    }
  }

  // Workers finish in any order: sort so grouping, related locations and reports are deterministic.
  findings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column));
  // Each unique secret is resolved once, however many places hold it.
  const bySecret = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = bySecret.get(f.fingerprint) ?? [];
    list.push(f);
    bySecret.set(f.fingerprint, list);
  }
  for (const fp of opts.accepted?.keys() ?? []) bySecret.delete(fp);
  const results: Result[] = [];
  const revoked: Finding[] = [];
  const resolvable = [...bySecret.values()].filter((g) => provider(g[0].provider)?.resolve).length;
  if (!opts.offline && resolvable) opts.onResolve?.(Math.min(resolvable, opts.maxResolutions ?? Infinity));
  const { scopes, resolved } = await resolveAll(bySecret, {
    offline: opts.offline,
    skip: new Set(opts.noResolve ?? []),
    maxResolutions: opts.maxResolutions ?? Infinity,
    env: opts.env ?? process.env,
    environments: opts.environments ?? {},
    timeoutMs: opts.timeoutMs,
  });
  summary.resolution = resolved > 0 ? 'online' : 'offline';
  for (const [fp, group] of bySecret) {
    const p = provider(group[0].provider);
    const scope: Scope = scopes.get(fp)!;
    if (scope.status === 'revoked') {
      revoked.push(...group);
      continue;
    }
    const remediation = p ? p.remediation(group[0], scope) : 'Rotate this credential and keep it out of files the agent can read.';
    results.push(...classify(group, scope, remediation));
  }
  results.sort(byLocation);
  summary.findings = findings.length;
  summary.secrets = bySecret.size;
  summary.revoked = revoked.length;
  for (const r of results) summary.byRule[r.ruleId] = (summary.byRule[r.ruleId] ?? 0) + 1;
  return { tool: { name: 'agent-blast-radius', version: VERSION }, results, revoked, summary };
}

function byLocation(a: Result, b: Result): number {
  const fa = a.finding;
  const fb = b.finding;
  return fa.path < fb.path ? -1 : fa.path > fb.path ? 1 : fa.line - fb.line || fa.column - fb.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

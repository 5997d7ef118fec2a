// The pipeline for one workspace: walk → detect → resolve → classify → report data.
import { resolve as resolvePath } from 'node:path';
import { provider } from '../scopes/index.js';
import { detectText } from './detect/text.js';
import { offlineScope, resolveAll, wouldResolve } from './resolve/index.js';
import type { Acceptance, Finding, ScanReport } from './types.js';
import { classifyGroups, groupBySecret } from './secrets.js';
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
  /** Fingerprints accepted in the config file or a baseline, with a reason: still reported, marked accepted, never failing. */
  accepted?: Map<string, string>;
  /** Whether an inline `agent-blast-radius:allow <reason>` counts for this finding (default: every one). */
  inlineAllow?: (f: Finding) => boolean;
  /** Findings that are not the workspace's (the Action's own job token): dropped before resolution. */
  ignore?: (f: Finding) => boolean;
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
  /** `--probe-databases`: connect, read-only, to the servers named in database and cache URLs (opt-in). */
  probeDatabases?: boolean;
}

export { detectText };

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

  if (opts.ignore) {
    let kept = 0;
    for (const f of findings) if (!opts.ignore(f)) findings[kept++] = f;
    findings.length = kept;
  }
  // Each unique secret is resolved once, however many places hold it. Workers finish in any order:
  // grouping sorts, so related locations and reports are deterministic.
  const bySecret = groupBySecret(findings);
  // Accepted findings stay in the report, marked; a secret accepted wherever it occurs is not sent to its provider.
  const acceptance = acceptanceOf(opts);
  const toResolve = new Map([...bySecret].filter(([, g]) => !g.every((f) => acceptance(f))));
  const resolvable = [...toResolve.values()].filter((g) => wouldResolve(provider(g[0].provider), opts)).length;
  if (!opts.offline && resolvable) opts.onResolve?.(Math.min(resolvable, opts.maxResolutions ?? Infinity));
  const { scopes, resolved } = await resolveAll(toResolve, {
    offline: opts.offline,
    skip: new Set(opts.noResolve ?? []),
    maxResolutions: opts.maxResolutions ?? Infinity,
    env: opts.env ?? process.env,
    environments: opts.environments ?? {},
    timeoutMs: opts.timeoutMs,
    probeDatabases: opts.probeDatabases,
  });
  summary.resolution = resolved > 0 ? 'online' : 'offline';
  for (const [fp, g] of bySecret) if (!scopes.has(fp)) scopes.set(fp, offlineScope(g[0]));
  const { results, revoked } = classifyGroups(bySecret, scopes);
  for (const r of results) {
    const a = acceptance(r.finding);
    if (a) r.accepted = a;
  }
  summary.accepted = findings.filter((f) => acceptance(f)).length;
  summary.findings = findings.length;
  summary.secrets = bySecret.size;
  summary.revoked = revoked.length;
  for (const r of results) if (!r.accepted) summary.byRule[r.ruleId] = (summary.byRule[r.ruleId] ?? 0) + 1;
  return { tool: { name: 'agent-blast-radius', version: VERSION }, results, revoked, summary };
}

/** Config or baseline entries accept every occurrence of a secret; an inline allow, the one on its line. */
function acceptanceOf(opts: ScanOptions): (f: Finding) => Acceptance | undefined {
  return (f) => {
    const reason = opts.accepted?.get(f.fingerprint);
    if (reason !== undefined) return { kind: 'external', justification: reason };
    if (f.allow !== undefined && (opts.inlineAllow?.(f) ?? true)) return { kind: 'inSource', justification: f.allow };
    return undefined;
  };
}

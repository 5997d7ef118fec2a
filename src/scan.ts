// `scan`: one workspace through the pipeline — its files, and with `home` / `processEnv` the user's
// credential stores and the inherited environment.
import { resolve as resolvePath } from 'node:path';
import { runPipeline, type AcceptancePolicy, type FindingLimits, type PipelineEvents } from './pipeline/index.js';
import { DEFAULT_RESOLVE, type ResolvePolicy } from './resolve/index.js';
import type { ScanReport } from './types.js';
import { DEFAULT_HISTORY, gitHistorySource, type HistoryLimits } from './walk/git-history.js';
import { DEFAULT_WALK, workspaceSource, type Source, type WalkPolicy } from './walk/index.js';

export interface ScanOptions {
  /** The workspace folder. */
  root: string;
  /** The workspace's declared environment (`--environment`); a file's own name wins. */
  environment?: string;
  /** Also read the home directory's credential stores (`--home`). */
  home?: boolean;
  /** Also read the inherited environment variables (`--process-env`). */
  processEnv?: boolean;
  /** Also read the workspace's git history when it holds `.git` (default: on; `--no-git-history` turns it off), within these limits. */
  gitHistory?: boolean | Partial<HistoryLimits>;
  walk?: Partial<WalkPolicy>;
  resolve?: Partial<ResolvePolicy>;
  accept?: AcceptancePolicy;
  /** How many findings are reported (`--max-findings-per-file`, `--max-findings`); the rest are counted. */
  limits?: Partial<FindingLimits>;
  /** Milliseconds the whole scan may take (`--deadline`); what was not read is counted in `summary.deadline`. */
  deadlineMs?: number;
  events?: PipelineEvents;
  /** The environment the run sees (default: this process's): endpoint overrides, and what --process-env reads. */
  env?: NodeJS.ProcessEnv;
}

export async function scan(opts: ScanOptions): Promise<ScanReport> {
  const env = opts.env ?? process.env;
  const root = resolvePath(opts.root);
  const sources: Source[] = [workspaceSource(root)];
  if (opts.gitHistory !== false) sources.push(gitHistorySource(root, { ...DEFAULT_HISTORY, ...(typeof opts.gitHistory === 'object' ? opts.gitHistory : {}) }));
  if (opts.home || opts.processEnv) {
    // Loaded only when asked for: the home stores' globbing (fast-glob and its matchers, ~200 KB) was compiled on
    // every scan's start-up (issue 14).
    const { homeSource, processEnvSource } = await import('./walk/home.js');
    if (opts.home) sources.push(homeSource());
    if (opts.processEnv) sources.push(processEnvSource(env));
  }
  return runPipeline({
    label: opts.root,
    sources,
    environment: opts.environment,
    walk: { ...DEFAULT_WALK, ...opts.walk },
    resolve: { ...DEFAULT_RESOLVE, ...opts.resolve },
    accept: opts.accept,
    limits: opts.limits,
    deadlineMs: opts.deadlineMs,
    events: opts.events,
    env,
  });
}

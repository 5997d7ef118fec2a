// The pipeline: sources → walk (admission) → detect → resolve (plan, run) → classify → report data.
// `scan`, each repository of `audit` and both scans of the Action call this one function; what differs
// between them is the sources they hand it and the policies they pass, grouped by stage.
import { classifyGroups, groupBySecret } from '../classify/groups.js';
import { detectInput } from '../detect/parts.js';
import { offlineScope, planResolution, runResolution, type ResolutionOutcome, type ResolutionPlan, type ResolvePolicy } from '../resolve/index.js';
import type { Acceptance, Finding, ScanReport, Scope, TextInput } from '../types.js';
import { VERSION } from '../version.js';
import { Admission, emptySummary, PART_BYTES, PART_OVERLAP, ReadBuffer, readTexts, type FileEntry, type Source, type WalkPolicy } from '../walk/index.js';
import { Deadline, DEFAULT_LIMITS, limitFindings, type FindingLimits } from './limits.js';
import { detectBatch } from './batch.js';
import { canUseWorkers, detectInWorkers, startWorkers, workerCount, type Batch, type Pool } from './pool.js';

export { DEFAULT_LIMITS, type FindingLimits } from './limits.js';

/** Which findings are accepted (still reported, marked, never failing) or not the workspace's at all. */
export interface AcceptancePolicy {
  /** Fingerprints accepted in the config file or a baseline, with the reason. */
  accepted?: Map<string, string>;
  /** Whether an inline `agent-blast-radius:allow <reason>` counts: for every finding (default), none, or those a predicate admits. */
  inline?: boolean | ((f: Finding) => boolean);
  /** Findings that are not the workspace's (the Action's own job token): dropped before resolution. */
  ignore?: (f: Finding) => boolean;
}

export interface PipelineEvents {
  /** Every few hundred texts, with the number of files read so far. */
  progress?: (filesRead: number) => void;
  /** Once, before the first provider call, with the plan (only when it sends something). */
  resolving?: (plan: ResolutionPlan) => void;
}

export interface PipelineInput {
  /** What the summary names as the scanned root (a path, a repository name). */
  label: string;
  sources: Source[];
  /** The declared environment of the whole input (`--environment`, a repository topic); a file's own name wins. */
  environment?: string;
  walk: WalkPolicy;
  resolve: ResolvePolicy;
  accept?: AcceptancePolicy;
  /** How many findings are reported (default `DEFAULT_LIMITS`); the rest are counted in `summary.unreported`. */
  limits?: Partial<FindingLimits>;
  /** Milliseconds the whole run may take (`--deadline`): then reading stops, what was found is reported, and what was not read is counted (`summary.deadline`). */
  deadlineMs?: number;
  events?: PipelineEvents;
  /** The environment variables the run sees: endpoint overrides, worker count. */
  env: NodeJS.ProcessEnv;
}

/** Below this many files, worker start-up costs more than it saves. */
const WORKER_THRESHOLD = 400;
/** Files per worker message: ~64 keeps both threads busy. */
const BATCH_FILES = 64;

export async function runPipeline(input: PipelineInput): Promise<ScanReport> {
  const summary = emptySummary(input.label);
  if (input.environment) summary.environment = input.environment;
  const admit = new Admission(input.walk, summary);

  const clock = new Deadline(input.deadlineMs);
  const findings = await detectAll(input, admit, clock);
  const ignore = input.accept?.ignore;
  const kept = limitFindings(ignore ? findings.filter((f) => !ignore(f)) : findings, { ...DEFAULT_LIMITS, ...input.limits }, summary);

  // Each unique secret is resolved once, however many places hold it. Grouping sorts, so related
  // locations and reports are deterministic whatever order the workers finished in.
  const bySecret = groupBySecret(kept);
  const acceptance = acceptanceOf(input.accept);
  // A secret accepted wherever it occurs is not sent to its provider.
  const open = new Map([...bySecret].filter(([, g]) => !g.every((f) => acceptance(f))));
  const { scopes, outcome } = await resolveStage(open, clock.limitResolution(input));
  for (const [fp, g] of bySecret) if (!scopes.has(fp)) scopes.set(fp, offlineScope(g[0], input.resolve.environments));

  const { results, revoked } = classifyGroups(bySecret, scopes);
  for (const r of results) {
    const a = acceptance(r.finding);
    if (a) r.accepted = a;
  }
  // Failed: secrets were sent and not one got an answer (no network, a black-holed host): said, never hidden.
  const online = [...scopes.values()].some((s) => s.resolution === 'online');
  summary.resolution = online ? 'online' : outcome.failed > 0 && outcome.answered === 0 ? 'failed' : 'offline';
  if (outcome.failed) summary.unresolved = { count: outcome.failed, reasons: outcome.reasons };
  summary.accepted = kept.filter((f) => acceptance(f)).length;
  summary.findings = kept.length;
  // One secret behind several credentials (a password reused on two servers): each keeps its own verdict; the reuse is said.
  const holders = new Map<string, Set<string>>();
  for (const f of kept) (holders.get(f.secret) ?? holders.set(f.secret, new Set()).get(f.secret)!).add(f.fingerprint);
  const reused = [...holders.values()].filter((fps) => fps.size > 1);
  if (reused.length) summary.reused = { secrets: reused.length, credentials: reused.reduce((n, fps) => n + fps.size, 0) };
  if (clock.passed) summary.deadline = clock.account();
  summary.secrets = bySecret.size;
  summary.revoked = revoked.length;
  for (const r of results) if (!r.accepted) summary.byRule[r.ruleId] = (summary.byRule[r.ruleId] ?? 0) + 1;
  return { tool: { name: 'agent-blast-radius', version: VERSION }, results, revoked, summary };
}

/** Every source's texts through the detectors: files on disk on worker threads too when there are enough of them. */
async function detectAll(input: PipelineInput, admit: Admission, clock: Deadline): Promise<Finding[]> {
  const findings: Finding[] = [];
  const workers = canUseWorkers() ? workerCount(input.env) : 0;
  let n = 0;
  // Each text is detected before the next file is read: one buffer serves them all.
  const reuse = new ReadBuffer();
  const progress = input.events?.progress;
  const detect = async (t: TextInput) => {
    for (const f of detectInput(t, input.environment)) findings.push(f);
    if (progress && ++n % 200 === 0) {
      progress(admit.summary.filesRead);
      await new Promise((r) => setImmediate(r));
    }
  };
  for (const source of input.sources) {
    if (clock.expired()) {
      clock.sourceLeft();
      continue;
    }
    if (source.files) {
      // Workers start once the listing holds enough files for them, load while it goes on, and are sent the first
      // files listed as soon as they can take them.
      let pool: Pool | undefined;
      const batchOf = (files: FileEntry[]): Batch => ({ files, environment: input.environment, walk: input.walk });
      // The first `sent` files listed went to the workers during the listing, until they held as many as they may
      // (they answer only once it ends); `unsent`: the files listed since.
      let unsent: FileEntry[] = [];
      let sent = 0;
      let full = false;
      const listing = function* (files: Iterable<FileEntry>) {
        let listed = 0;
        for (const f of files) {
          if (++listed === WORKER_THRESHOLD && workers > 1) pool = startWorkers(workers - 1);
          yield f;
          if (full) continue;
          unsent.push(f);
          while (pool && !full && unsent.length >= BATCH_FILES) {
            full = !pool.post(batchOf(unsent.slice(0, BATCH_FILES)));
            if (!full) {
              sent += BATCH_FILES;
              unsent = unsent.slice(BATCH_FILES);
            }
          }
        }
      };
      let entries: FileEntry[];
      try {
        entries = clock.listed(listing(source.files(admit)));
      } catch (e) {
        void pool?.close();
        throw e;
      }
      if (pool) {
        const batches: Batch[] = [];
        for (let i = sent; i < entries.length; i += BATCH_FILES) batches.push(batchOf(entries.slice(i, i + BATCH_FILES)));
        findings.push(
          ...(await detectInWorkers(
            batches,
            pool,
            admit.summary,
            () => progress?.(admit.summary.filesRead),
            () => clock.expired(),
            // This thread detects too: on 2 cores, one worker and this thread did the work of two workers and an idle
            // thread, without a second worker's start-up and its own compilation of the detectors.
            (b) => detectBatch(b, reuse),
          )),
        );
        clock.filesLeft(batches.reduce((k, b) => k + b.files.length, 0));
      } else {
        for (let i = 0; i < entries.length; i++) {
          if (clock.expired()) {
            clock.filesLeft(entries.length - i);
            break;
          }
          for (const t of readTexts(entries[i], admit, PART_BYTES, PART_OVERLAP, reuse)) await detect(t);
        }
      }
      continue;
    }
    for await (const t of source.texts(admit)) {
      if (clock.expired()) {
        clock.textsStopped();
        break;
      }
      await detect(t);
    }
  }
  return findings;
}

/** Plans and runs resolution; with a shared cache, only secrets it does not hold, one run at a time. */
async function resolveStage(groups: Map<string, Finding[]>, input: PipelineInput): Promise<{ scopes: Map<string, Scope>; outcome: ResolutionOutcome }> {
  const { resolve: policy, events } = input;
  const cache = policy.cache;
  const stage = async () => {
    const fresh = cache ? new Map([...groups].filter(([fp]) => !cache.get(fp))) : groups;
    const plan = planResolution(fresh, policy, input.env);
    if (plan.send.size) events?.resolving?.(plan);
    const { scopes, outcome } = await runResolution(fresh, plan, policy, input.env);
    if (!cache) return { scopes, outcome };
    cache.attempted += plan.send.size;
    for (const [fp, s] of scopes) cache.set(fp, s);
    return { scopes: new Map([...groups.keys()].map((fp) => [fp, cache.get(fp)!])), outcome };
  };
  return cache ? cache.serialize(stage) : stage();
}

/** Config or baseline entries accept every occurrence of a secret; an inline allow, the one on its line. */
function acceptanceOf(policy: AcceptancePolicy = {}): (f: Finding) => Acceptance | undefined {
  const inline = policy.inline ?? true;
  return (f) => {
    const reason = policy.accepted?.get(f.fingerprint);
    if (reason !== undefined) return { kind: 'external', justification: reason };
    if (f.allow !== undefined && (typeof inline === 'function' ? inline(f) : inline)) return { kind: 'inSource', justification: f.allow };
    return undefined;
  };
}

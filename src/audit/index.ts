// `audit --org NAME`: every repository of a GitHub organisation through the same pipeline as `scan`
// (src/pipeline), each repository's default branch streamed as a tarball source, each unique
// secret resolved once per run (a resumed run included), one SARIF per repository and an organisation
// report. Resumable from an atomic checkpoint; shardable with --shard i/n.
import { toHtml } from '../report/html.js';
import { orgMap } from './map.js';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { environmentOfWord } from '../context/environment.js';
import { redact } from '../detect/redact.js';
import { runPipeline } from '../pipeline/index.js';
import { toSarif } from '../report/sarif.js';
import { scopeCache, type ResolvePolicy, type ScopeCache } from '../resolve/index.js';
import type { Finding, Result, RuleId, ScanReport, ScanSummary } from '../types.js';
import type { WalkPolicy } from '../walk/index.js';
import { auditKey, Checkpoint, removeTemporariesUnder, writeAtomic } from './checkpoint.js';
import { archiveSource, headCommit, openTarball, type ArchiveLimits, type ArchiveOutcome } from './fetch.js';
import { githubBase, githubClient, listRepositories, type GithubClient, type ListFilters } from './list.js';
import { buildOrgReport, toOrgJson, toOrgMarkdown, type OrgReport } from './report.js';
import { inShard } from './shard.js';
import type { Listing, Occurrence, Repository, RepositoryRecord, Shard } from './types.js';

export { parseShard } from './shard.js';
export { mergeAudits } from './merge.js';
export type { OrgReport } from './report.js';

export interface AuditOptions {
  org: string;
  /** Never printed, never written; sent only to the GitHub API endpoint. */
  token: string;
  env: NodeJS.ProcessEnv;
  outputDir: string;
  checkpoint: string;
  shard: Shard | null;
  filters: ListFilters;
  /** Repositories fetched and scanned at once. */
  concurrency: number;
  uploadSarif: boolean;
  /** Declared for every repository; otherwise a repository's topic may name one. */
  environment?: string;
  walk: WalkPolicy;
  /** The --max-resolutions budget counts across the whole run and its resumes (the checkpoint keeps it). */
  resolve: Omit<ResolvePolicy, 'cache'>;
  limits: ArchiveLimits;
  /** Back-off unit for GitHub's Retry-After and Octokit's retries (default 1000 ms; tests shorten it). */
  retryBaseMs?: number;
  now?: () => Date;
  onEvent?: (e: AuditEvent) => void;
}

export type AuditEvent =
  | { type: 'listed'; listing: Listing; assigned: number; todo: number; done: number }
  | { type: 'bytes'; n: number }
  | { type: 'repository'; record: RepositoryRecord }
  | { type: 'resolving' }
  | { type: 'note'; text: string };

export interface AuditOutcome {
  report: OrgReport;
  files: { json: string; markdown: string; html: string; sarif: string[] };
  /** The rule of every result, for --fail-on. */
  results: Array<{ ruleId: RuleId }>;
}

/** Before fetching a broken download once more. */
const REFETCH_DELAY_MS = 500;

export const SARIF_DIR = 'sarif';
export const ORG_JSON = 'org-report.json';
export const ORG_MARKDOWN = 'org-report.md';
export const ORG_HTML = 'org-report.html';

const safeSegment = (s: string) => (/^\.{1,2}$/.test(s) ? '_' : s.replace(/[^A-Za-z0-9._-]/g, '_'));
export const sarifPath = (fullName: string) => `${SARIF_DIR}/${fullName.split('/').map(safeSegment).join('/')}.sarif`;

/** A repository's environment: the declared one, else a topic that names one (`staging`, `production`…). */
export function repositoryEnvironment(repo: Repository, declared?: string): string | undefined {
  if (declared) return declared;
  for (const t of repo.topics) {
    const env = environmentOfWord(t);
    if (env) return env;
  }
  return undefined;
}

export async function audit(opts: AuditOptions): Promise<AuditOutcome> {
  const now = opts.now ?? (() => new Date());
  const note = (text: string) => opts.onEvent?.({ type: 'note', text: redact(text, [opts.token]) });
  const { octokit } = githubClient({ token: opts.token, env: opts.env, uploads: opts.uploadSarif, note, retryBaseMs: opts.retryBaseMs });
  const key = auditKey({ org: opts.org, api: githubBase(opts.env).href, shard: opts.shard, ...opts.filters, offline: opts.resolve.offline });
  const checkpoint = new Checkpoint(opts.checkpoint, opts.env);
  const { state } = checkpoint.load(key, opts.org, opts.shard);
  removeTemporariesUnder(join(opts.outputDir, SARIF_DIR));

  const { repositories, listing } = await listRepositories(octokit, opts.org, opts.filters);
  const assigned = repositories.filter((r) => inShard(r.fullName, opts.shard));
  const finished = (r: Repository) => ['scanned', 'skipped'].includes(state.repositories[r.fullName]?.status ?? '');
  const todo = assigned.filter((r) => !finished(r));
  opts.onEvent?.({ type: 'listed', listing, assigned: assigned.length, todo: todo.length, done: assigned.length - todo.length });

  // Each unique secret goes to its provider once, whichever repository holds it first; runs share the
  // checkpoint's scopes one at a time, so two repositories holding the same secret never both send it.
  const scopes = scopeCache(state);
  let announced = false;
  const announce = () => {
    if (!announced) opts.onEvent?.({ type: 'resolving' });
    announced = true;
  };
  const queue = [...todo];
  const worker = async () => {
    for (let repo = queue.shift(); repo; repo = queue.shift()) {
      const record = await auditRepository(octokit, repo, opts, scopes, announce);
      state.repositories[repo.fullName] = record;
      checkpoint.record(state, record);
      opts.onEvent?.({ type: 'repository', record });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency, queue.length)) }, worker));
  checkpoint.compact(state);

  const records = assigned.map((r) => state.repositories[r.fullName]).filter(Boolean);
  const used = new Set(records.flatMap((r) => r.occurrences.map((o) => o.fingerprint)));
  const report = buildOrgReport({
    org: opts.org,
    generatedAt: now().toISOString(),
    shards: opts.shard ? [opts.shard] : [],
    listing,
    repositories: records,
    scopes: Object.fromEntries(
      Object.entries(state.scopes)
        .filter(([fp]) => used.has(fp))
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    ),
  });
  const files = writeReports(opts.outputDir, report);
  return {
    report,
    files: { ...files, sarif: records.filter((r) => r.sarif).map((r) => join(opts.outputDir, r.sarif!)) },
    results: records.flatMap((r) => r.occurrences.flatMap((o) => o.rules.map((ruleId) => ({ ruleId })))),
  };
}

export function writeReports(outputDir: string, report: OrgReport): { json: string; markdown: string; html: string } {
  const json = join(outputDir, ORG_JSON);
  const markdown = join(outputDir, ORG_MARKDOWN);
  const html = join(outputDir, ORG_HTML);
  writeAtomic(json, toOrgJson(report));
  writeAtomic(markdown, toOrgMarkdown(report));
  // The blast-radius map of the organisation, files grouped by repository.
  writeAtomic(html, toHtml(orgMap(report)));
  return { json, markdown, html };
}

async function auditRepository(octokit: GithubClient, repo: Repository, opts: AuditOptions, scopes: ScopeCache, announce: () => void): Promise<RepositoryRecord> {
  const environment = repositoryEnvironment(repo, opts.environment);
  const record: RepositoryRecord = { fullName: repo.fullName, status: 'failed', defaultBranch: repo.defaultBranch, occurrences: [], ...(environment ? { environment } : {}) };
  try {
    const sha = await headCommit(octokit, repo);
    if (!sha) return { ...record, status: 'skipped', reason: 'empty repository (no commit on the default branch)' };
    const { report, outcome } = await withRefetch(async (signal) => {
      const source = archiveSource(await openTarball(octokit, repo, sha, opts.env, signal), opts.limits, (n) => opts.onEvent?.({ type: 'bytes', n }));
      const report = await runPipeline({
        label: repo.fullName,
        sources: [source],
        environment,
        walk: opts.walk,
        resolve: { ...opts.resolve, cache: scopes },
        // Inline allows are the repository's own say; the organisation report lists every occurrence.
        accept: { inline: false },
        events: { resolving: announce },
        env: opts.env,
      });
      return { report, outcome: source.outcome };
    });
    const sarif = sarifPath(repo.fullName);
    const sarifText = JSON.stringify(repositorySarif(report, repo, sha), null, 2) + '\n';
    writeAtomic(join(opts.outputDir, sarif), sarifText);
    const upload = opts.uploadSarif ? await uploadSarif(octokit, repo, sha, sarifText, opts.token) : undefined;
    return {
      ...record,
      status: 'scanned',
      commit: sha,
      sarif,
      ...(upload ? { upload } : {}),
      ...(outcome.truncated ? { truncated: outcome.truncated } : {}),
      summary: repositorySummary(report.summary, outcome),
      occurrences: occurrences(report.results, report.revoked),
    };
  } catch (err) {
    const status = (err as { status?: number }).status;
    const message = err instanceof Error ? err.message : String(err);
    return { ...record, status: 'failed', reason: redact(`${status ? `HTTP ${status}: ` : ''}${message}`, [opts.token]).slice(0, 500) };
  }
}

/** A broken download is fetched once more; a guard stop is a verdict on the archive, and a 404 or a refused host are final. */
async function withRefetch<T>(fetchAndScan: (signal: AbortSignal) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const ctrl = new AbortController();
    try {
      return await fetchAndScan(ctrl.signal);
    } catch (err) {
      ctrl.abort();
      if (attempt >= 1 || (err as Error).name === 'EgressError' || (err as { status?: number }).status === 404) throw err;
      await new Promise((r) => setTimeout(r, REFETCH_DELAY_MS));
    }
  }
}

function repositorySummary(summary: ScanSummary, outcome: ArchiveOutcome): NonNullable<RepositoryRecord['summary']> {
  return {
    filesRead: summary.filesRead,
    bytesRead: summary.bytesRead,
    bytesDownloaded: outcome.bytesDownloaded,
    skipped: summary.skipped,
    archive: outcome.archive,
    skippedExamples: { ...summary.skippedExamples, ...outcome.archiveExamples },
    findings: summary.findings,
    secrets: summary.secrets,
    revoked: summary.revoked,
    byRule: summary.byRule,
  };
}

/** One record per place a secret sits, the rules fired there in id order; revoked places carry none. */
function occurrences(results: Result[], revoked: Finding[]): Occurrence[] {
  const byPlace = new Map<string, Occurrence>();
  const place = (f: Finding, remediation: string) => {
    const k = `${f.fingerprint}\0${f.path}\0${f.line}\0${f.column}`;
    let o = byPlace.get(k);
    if (!o) {
      o = {
        fingerprint: f.fingerprint,
        provider: f.provider,
        detector: f.detectorId,
        tokenKind: f.tokenKind,
        redacted: f.redacted,
        path: f.path,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        variable: f.context.variable ?? null,
        environment: f.context.environment,
        fileEnvironment: f.context.fileEnvironment,
        agentConfig: f.context.agentConfig,
        rules: [],
        remediation,
      };
      byPlace.set(k, o);
    }
    return o;
  };
  for (const r of results) place(r.finding, r.remediation).rules.push(r.ruleId);
  for (const f of revoked) place(f, '');
  const out = [...byPlace.values()];
  for (const o of out) o.rules.sort();
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column || (a.fingerprint < b.fingerprint ? -1 : 1)));
}

/** The scan report as SARIF for one repository: URIs relative to the repository root, the commit named. */
export function repositorySarif(report: ScanReport, repo: Repository, sha: string) {
  const log = toSarif(report);
  const run = log.runs[0];
  // GitHub ignores originalUriBaseIds; this names the tree the relative URIs belong to, without the runner's paths.
  run.originalUriBaseIds = { ROOT: { uri: `${repo.htmlUrl.replace(/\/$/, '')}/blob/${sha}/` } };
  run.versionControlProvenance = [{ repositoryUri: repo.htmlUrl, revisionId: sha, branch: repo.defaultBranch, mappedTo: { uriBaseId: 'ROOT' } }];
  return log;
}

async function uploadSarif(octokit: GithubClient, repo: Repository, sha: string, sarif: string, token: string): Promise<{ id?: string; error?: string }> {
  try {
    // The body is gzip + base64 and needs `security_events: write` (docs.github.com/rest/code-scanning/code-scanning#upload-an-analysis-as-sarif-data).
    const res = await octokit.request('POST /repos/{owner}/{repo}/code-scanning/sarifs', {
      owner: repo.owner,
      repo: repo.name,
      commit_sha: sha,
      ref: `refs/heads/${repo.defaultBranch}`,
      sarif: gzipSync(sarif).toString('base64'),
      tool_name: 'agent-blast-radius',
    });
    return { id: String((res.data as { id?: string }).id ?? '') };
  } catch (err) {
    const status = (err as { status?: number }).status;
    return { error: redact(`${status ? `HTTP ${status}: ` : ''}${(err as Error).message}`, [token]).slice(0, 300) };
  }
}

// The GitHub Action: scan the checkout, compare a pull request's head with its base by fingerprint,
// write SARIF, a job summary and one pull-request comment, set outputs, and fail on a new finding at or
// above fail-on. Configuration and accepted findings come from the base branch in pull-request mode, so
// a PR cannot silence its own finding.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { failPredicate } from '../classify/rules.js';
import { RULE_BY_ID } from '../context/rules.js';
import { acceptedOn, loadBaseline } from '../config/baseline.js';
import { type AcceptEntry, type Config, loadConfig } from '../config/index.js';
import { UsageError } from '../errors.js';
import { capMarkdown, COMMENT_LIMIT, SUMMARY_LIMIT, toMarkdown, type MarkdownOptions } from '../report/markdown.js';
import { title } from '../report/messages.js';
import { toSarif } from '../report/sarif.js';
import { announcement } from '../options.js';
import { runPipeline } from '../pipeline/index.js';
import { DEFAULT_RESOLVE } from '../resolve/index.js';
import { workspaceSource } from '../walk/index.js';
import type { Finding, Result, ScanReport } from '../types.js';
import { dispose, fetchBase, type BaseTree } from './base.js';
import { COMMENT_MARKER, upsertComment } from './comment.js';
import { allowedAtBase, allowLinesOf, fileChanged, fingerprintsOf, occurrences, rebase } from './compare.js';
import { pullRequestOf } from './event.js';
import { readInputs } from './inputs.js';
import { isOwnToken, ownTokens } from './own-token.js';

const CONFIG_FILE = '.agent-blast-radius.yml';
const MAX_FILE_SIZE = 5 * 1024 * 1024;
/** GitHub shows at most 10 error and 10 warning annotations per step. */
const MAX_ANNOTATIONS = 10;

const posix = (p: string) => p.split(sep).join('/');

/** A repository-relative path that stays inside the repository. */
function inside(repoRoot: string, p: string, input: string): string {
  const abs = resolve(repoRoot, p);
  const rel = relative(repoRoot, abs);
  if (rel.startsWith('..') || isAbsolute(rel)) throw new UsageError(`input ${input}: ${p} is outside the repository`);
  return abs;
}

export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const inputs = readInputs();
  const repoRoot = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const scanRoot = inside(repoRoot, inputs.path, 'path');
  if (!existsSync(scanRoot) || !statSync(scanRoot).isDirectory()) throw new UsageError(`input path: ${inputs.path} is not a folder of the repository`);
  const rel = posix(relative(repoRoot, scanRoot));
  const shownPath = (p: string) => (rel ? `${rel}/${p}` : p);

  const pr = pullRequestOf(github.context);
  const mode = inputs.mode === 'auto' ? (pr ? 'pull-request' : 'full') : inputs.mode;
  if (mode === 'pull-request' && !pr) {
    throw new UsageError(`mode pull-request needs a pull_request event, not ${github.context.eventName || 'none'}`, 'use mode: full on schedules and pushes');
  }
  core.info(`agent-blast-radius: ${mode === 'pull-request' ? `pull request #${pr!.number} against ${pr!.baseRef} (${pr!.baseSha.slice(0, 12)})` : 'full scan'} of ${rel || '.'}`);

  const notices: string[] = [];
  const say = (s: string) => {
    notices.push(s);
    core.notice(s);
  };
  // The Action's own client: the runner's GITHUB_API_URL (ABR_ENDPOINT_GITHUB is for credentials found in the code).
  const octokit = inputs.githubToken ? github.getOctokit(inputs.githubToken) : undefined;

  let base: BaseTree | undefined;
  if (mode === 'pull-request') {
    const got = await fetchBase({ repoRoot, pr: pr!, token: inputs.githubToken, serverUrl: env.GITHUB_SERVER_URL || 'https://github.com', octokit, log: (l) => core.info(l) });
    if (got.tree) {
      base = got.tree;
      core.info(`base of the pull request read via ${base.via}`);
      for (const n of base.notes) say(n);
    } else {
      say(
        `The base of this pull request (${pr!.baseRef} at ${pr!.baseSha.slice(0, 12)}) could not be had: ${got.why}. Every finding counts as new, and no configuration or accepted findings apply (they are read from the base only).`,
      );
    }
  }
  try {
    await scanAndReport({ inputs, env, repoRoot, scanRoot, rel, shownPath, mode, pr, base, octokit, notices, say });
  } finally {
    dispose(base);
  }
}

interface Context {
  inputs: ReturnType<typeof readInputs>;
  env: NodeJS.ProcessEnv;
  repoRoot: string;
  scanRoot: string;
  rel: string;
  shownPath: (p: string) => string;
  mode: 'pull-request' | 'full';
  pr: ReturnType<typeof pullRequestOf>;
  base?: BaseTree;
  octokit?: ReturnType<typeof github.getOctokit>;
  notices: string[];
  say: (s: string) => void;
}

/** Configuration and accepted findings: the workspace's own in full mode, the base branch's for a pull request. */
function configuration(c: Context): { config: Config; entries: AcceptEntry[] } {
  const { inputs, mode, base, rel, scanRoot, repoRoot, say } = c;
  // Where trusted configuration lives: the scanned tree itself (full mode: the branch being scanned) or the base.
  const trustedRepo = mode === 'full' ? repoRoot : base?.dir;
  if (!trustedRepo) return { config: {}, entries: [] };
  const trustedRoot = mode === 'full' ? scanRoot : join(trustedRepo, rel);
  const config = loadConfig(join(trustedRoot, CONFIG_FILE), false);
  if (mode === 'pull-request' && fileChanged(join(scanRoot, CONFIG_FILE), join(trustedRoot, CONFIG_FILE))) {
    say(`This pull request changes ${c.shownPath(CONFIG_FILE)}: the change applies after merge. This run reads the configuration from the base branch.`);
  }
  const entries = [...(config.accept ?? [])];
  if (inputs.baseline) {
    inside(repoRoot, inputs.baseline, 'baseline');
    const file = join(trustedRepo, inputs.baseline);
    if (existsSync(file)) entries.push(...loadBaseline(file, false));
    else say(`The baseline ${inputs.baseline} is not in the ${mode === 'pull-request' ? 'base branch' : 'repository'}: no findings are accepted from it.`);
    if (mode === 'pull-request' && fileChanged(join(repoRoot, inputs.baseline), file)) {
      say(`This pull request changes the baseline ${inputs.baseline}: the change applies after merge. This run reads it from the base branch.`);
    }
  }
  return { config, entries };
}

async function scanAndReport(c: Context): Promise<void> {
  const { inputs, rel, repoRoot, mode } = c;
  const { head, base } = await scanHeadAndBase(c);
  const baseFingerprints = base ? fingerprintsOf(base) : undefined;
  const shown = rebase(head, rel, repoRoot);
  const open = shown.results.filter((r) => !r.accepted);
  const fresh = open.filter((r) => !baseFingerprints?.has(r.finding.fingerprint));
  const fails = failPredicate(inputs.failOn);

  writeSarif(c, shown);
  await publish(c, shown, fresh, baseFingerprints);
  annotate(fresh, fails);
  core.setOutput('findings', String(occurrences(open)));
  core.setOutput('new-findings', String(occurrences(fresh)));
  core.setOutput('sarif-file', inputs.sarifFile);
  core.info(`${occurrences(open)} findings, ${occurrences(fresh)} new, ${occurrences(shown.results.filter((r) => r.accepted))} accepted; SARIF: ${inputs.sarifFile}`);
  const failing = fresh.filter(fails);
  if (failing.length) core.setFailed(failureLine(failing, mode === 'pull-request' ? 'new ' : '', inputs.failOn));
}

/**
 * The pipeline twice: the base offline (only its fingerprints and allow lines are compared), then the
 * head, with the trusted configuration, accepted findings, and the job's own token left out of both.
 */
async function scanHeadAndBase(c: Context): Promise<{ head: ScanReport; base?: ScanReport }> {
  const { inputs, env, scanRoot, rel, mode, say } = c;
  const { config, entries } = configuration(c);
  const { accepted, expired } = acceptedOn(entries);
  for (const e of expired) say(`The acceptance of ${e.fingerprint} ("${e.reason}") expired on ${e.expires}: it is reported again.`);
  const tokens = ownTokens(inputs.githubToken, env);
  const own = new Set<string>();
  const ignoredAllows = new Set<string>();
  const common = {
    environment: inputs.environment ?? config.environment?.toLowerCase(),
    walk: { excludes: config.exclude ?? [], defaultExcludes: true, maxFileSize: MAX_FILE_SIZE },
    // One thread: the bundle carries no detection worker (scripts/build-action.mjs says why).
    env: { ...env, ABR_WORKERS: '0' },
  };
  const resolvePolicy = { ...DEFAULT_RESOLVE, environments: config.environments ?? {} };
  const notOwn = (f: Finding) => {
    const mine = isOwnToken(f, tokens);
    if (mine) own.add(c.shownPath(f.path));
    return mine;
  };

  let base: ScanReport | undefined;
  let baseAllowLines = new Set<string>();
  if (c.base) {
    const baseRoot = join(c.base.dir, rel);
    // A folder the base does not have yet holds no credential there: an empty scan.
    const sources = existsSync(baseRoot) ? [workspaceSource(baseRoot)] : [];
    base = await runPipeline({ ...common, label: baseRoot, sources, resolve: { ...resolvePolicy, offline: true }, accept: { ignore: (f) => isOwnToken(f, tokens) } });
    if (sources.length) baseAllowLines = allowLinesOf(base, baseRoot);
  }
  const head = await runPipeline({
    ...common,
    label: scanRoot,
    sources: [workspaceSource(scanRoot)],
    // The workflow may turn resolution off; the base's configuration may too, never on.
    resolve: { ...resolvePolicy, offline: inputs.offline || config.offline === true },
    accept: { accepted, inline: mode === 'pull-request' ? allowedAtBase(scanRoot, baseAllowLines, ignoredAllows) : true, ignore: notOwn },
    events: { resolving: (plan) => core.info(announcement(plan, 'Set offline: true to skip.')) },
  });

  if (own.size) {
    say(
      `Left out the job's own GitHub token, found in ${[...own].map((p) => `\`${p}\``).join(', ')}: it is this workflow's credential, not the repository's. Check out with persist-credentials: false to keep it off the disk an agent reads.`,
    );
  }
  if (ignoredAllows.size) {
    const list = [...ignoredAllows].map((p) => `\`${c.shownPath(p)}\``);
    say(`An inline agent-blast-radius:allow on a line this pull request adds is ignored until merge: ${list.slice(0, 10).join(', ')}${list.length > 10 ? `, and ${list.length - 10} more` : ''}.`);
  }
  return { head, base };
}

/** SARIF for github/codeql-action/upload-sarif: URIs relative to the repository root; accepted findings only if asked (code scanning does not honour suppressions reliably). */
function writeSarif(c: Context, shown: ScanReport): void {
  const sarifPath = resolve(c.repoRoot, c.inputs.sarifFile);
  mkdirSync(dirname(sarifPath), { recursive: true });
  const sarifReport = c.inputs.sarifIncludeAccepted ? shown : { ...shown, results: shown.results.filter((r) => !r.accepted) };
  writeFileSync(sarifPath, JSON.stringify(toSarif(sarifReport), null, 2) + '\n');
}

/** The job summary, and for a pull request one comment updated in place. */
async function publish(c: Context, shown: ScanReport, fresh: Result[], baseFingerprints: Set<string> | undefined): Promise<void> {
  const { inputs, env, mode, pr, say } = c;
  const runUrl = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  // Decide about the comment first: a fork's read-only token is said in the summary too.
  let commenting = false;
  if (mode === 'pull-request') {
    if (!inputs.comment) core.info('comment: off');
    else if (pr!.fork) say('This pull request comes from a fork: its token is read-only, so no comment is written. This job summary is the report.');
    else if (!c.octokit) core.warning('no github-token: no pull-request comment is written');
    else commenting = true;
  }

  const md: MarkdownOptions = { base: baseFingerprints, baseLabel: mode === 'pull-request' ? pr!.baseRef : undefined, failOn: inputs.failOn, notices: c.notices };
  if (env.GITHUB_STEP_SUMMARY) {
    try {
      await core.summary.addRaw(capMarkdown(toMarkdown(shown, md), SUMMARY_LIMIT, 'bytes', `Every finding is in the SARIF file (${inputs.sarifFile}).`), true).write();
    } catch (err) {
      core.warning(`could not write the job summary: ${(err as Error).message}`);
    }
  }
  if (!commenting) return;
  const pointer = runUrl ? `The full report is in the [job summary](${runUrl}).` : 'The full report is in the job summary.';
  const body = capMarkdown(toMarkdown(shown, { ...md, brief: true, marker: COMMENT_MARKER, detailsUrl: runUrl }), COMMENT_LIMIT, 'characters', pointer);
  try {
    const outcome = await upsertComment(c.octokit!, pr!, body, fresh.length > 0);
    core.info(outcome.action === 'none' ? 'comment: nothing new to say' : `comment ${outcome.action}${outcome.url ? `: ${outcome.url}` : ''}`);
  } catch (err) {
    core.warning(`could not write the pull-request comment (${(err as { status?: number }).status ?? (err as Error).message}); the job summary has the report`);
  }
}

/** The step's failure message: how many, and the first five places with their rules. */
function failureLine(failing: Result[], adjective: string, failOn: string): string {
  const n = occurrences(failing);
  const places = new Map<string, string[]>();
  for (const r of failing) {
    const at = `${r.finding.path}:${r.finding.line}`;
    places.set(at, [...(places.get(at) ?? []), r.ruleId]);
  }
  const first = [...places]
    .slice(0, 5)
    .map(([at, rules]) => `${at} (${[...new Set(rules)].join(', ')})`)
    .join(', ');
  return `${n} ${adjective}credential${n === 1 ? '' : 's'} at or above fail-on ${failOn}: ${first}${places.size > 5 ? ', …' : ''}`;
}

/** Annotations on the changed lines: errors for what fails the check, warnings for the rest (one per occurrence). */
function annotate(fresh: Result[], fails: (r: Result) => boolean): void {
  const seen = new Set<string>();
  let errors = 0;
  let warnings = 0;
  for (const r of fresh) {
    const f = r.finding;
    const key = `${f.path}:${f.line}:${f.column}`;
    if (seen.has(key) || f.context.origin !== 'workspace') continue;
    seen.add(key);
    const all = fresh.filter((x) => x.finding === f);
    const failing = all.some(fails);
    const props = { file: f.path, startLine: f.line, startColumn: f.column, title: `agent-blast-radius ${all.map((x) => x.ruleId).join(', ')}` };
    const text = `${title(all[0])} ${all.map((x) => `${x.ruleId} ${RULE_BY_ID.get(x.ruleId)!.name}`).join(', ')}. Fix: ${all[0].remediation}`;
    if (failing && errors++ < MAX_ANNOTATIONS) core.error(text, props);
    else if (!failing && warnings++ < MAX_ANNOTATIONS) core.warning(text, props);
  }
}

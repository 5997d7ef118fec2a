// The CLI's `audit` and `merge` commands: argv → options → audit/merge → summary → exit code.
// (cli.ts dispatches here; what both share is in options.ts.)
//
// Exit codes: 0 nothing at or above --fail-on; 1 findings at or above --fail-on;
// 2 usage or configuration error (one line on stderr, no stack trace); 3 internal error (src/cli-crash.ts).
import { join, resolve } from 'node:path';
import { audit, mergeAudits, parseShard, type OrgReport } from './audit/index.js';
import { DEFAULT_LIMITS } from './audit/fetch.js';
import { findAuditDirs, gatherSarif, readAuditReport } from './audit/merge.js';
import { auditProgress } from './audit/progress.js';
import { writeReports } from './audit/index.js';
import { failPredicate } from './classify/rules.js';
import { checkCount, checkEnvironment, checkFailOn, checkProviders, endpointNotes, parseOptions, parseSize, type Io } from './options.js';
import { UsageError } from './errors.js';
import { terminalText } from './report/format.js';
import { providerName } from './report/messages.js';
import { endpointVariable } from './resolve/egress.js';
import type { Result, RuleId } from './types.js';

export const AUDIT_HELP = `Usage:
  agent-blast-radius audit --org NAME [options]    every repository of a GitHub organisation
  agent-blast-radius merge DIR… [options]          combine the outputs of audit --shard runs

Audit options:
  --org NAME                the organisation (required)
  --github-token TOKEN      token (default: $GITHUB_TOKEN; a GitHub App installation token with
                            contents: read, and security_events: write for --upload-sarif)
  --include-archived        also audit archived repositories
  --include-forks           also audit forks
  --repo PATTERN            only repositories whose name matches a glob (repeatable)
  --topic TOPIC             only repositories with this topic (repeatable: any of them)
  --output-dir DIR          where reports go (default: agent-blast-radius-audit)
  --checkpoint FILE         resume from / record progress to FILE (default: DIR/checkpoint.json)
  --shard I/N               audit only shard I of N (deterministic by repository name)
  --concurrency N           repositories fetched at once (default: 4)
  --upload-sarif            upload each repository's SARIF to GitHub code scanning
  --offline, --no-resolve P, --max-resolutions N, --environment NAME, --exclude PATTERN,
  --no-default-excludes, --max-file-size SIZE, --fail-on LEVEL|RULES, --quiet   as for scan
  --max-repo-size SIZE      stop reading a repository's archive past SIZE uncompressed (default: 4GB)

Merge options:
  DIR…                      each shard's --output-dir, or a folder holding them (artifact downloads)
  --output-dir DIR          where the merged reports and SARIF files go (default: agent-blast-radius-audit)
  --fail-on LEVEL|RULES, --quiet

GITHUB_TOKEN is never printed. ABR_ENDPOINT_GITHUB points at GitHub Enterprise Server
(https://HOST/api/v3); tarball downloads go only to codeload.github.com (or the server's own host),
and never with the token.
`;

/** The options `audit` and `merge` both take. */
const SHARED_OPTIONS = {
  'output-dir': { type: 'string', default: 'agent-blast-radius-audit' },
  'fail-on': { type: 'string', default: 'high' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = Record<string, string | boolean | string[] | undefined>;

function parseCommand(argv: string[], options: Parameters<typeof parseOptions>[1]): { values: Values; positionals: string[] } {
  return parseOptions(argv, options, 'run agent-blast-radius audit --help') as { values: Values; positionals: string[] };
}

export async function auditMain(argv: string[], io: Io): Promise<number> {
  const { values: v, positionals } = parseCommand(argv, {
    org: { type: 'string' },
    'github-token': { type: 'string' },
    'include-archived': { type: 'boolean' },
    'include-forks': { type: 'boolean' },
    repo: { type: 'string', multiple: true, default: [] },
    topic: { type: 'string', multiple: true, default: [] },
    checkpoint: { type: 'string' },
    shard: { type: 'string' },
    concurrency: { type: 'string' },
    'upload-sarif': { type: 'boolean' },
    offline: { type: 'boolean' },
    'no-resolve': { type: 'string', multiple: true, default: [] },
    'max-resolutions': { type: 'string' },
    environment: { type: 'string' },
    exclude: { type: 'string', multiple: true, default: [] },
    'no-default-excludes': { type: 'boolean' },
    'max-file-size': { type: 'string', default: '5MB' },
    'max-repo-size': { type: 'string', default: '4GB' },
    ...SHARED_OPTIONS,
  });
  if (v.help) {
    io.stdout(AUDIT_HELP);
    return 0;
  }
  if (positionals.length) throw new UsageError(`audit takes no positional argument, got "${positionals[0]}"`, 'name the organisation with --org NAME');
  const org = v.org as string | undefined;
  if (!org) throw new UsageError('audit needs --org NAME');
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(org)) throw new UsageError(`--org: "${org}" is not an organisation name`);
  const token = (v['github-token'] as string | undefined) ?? io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN;
  if (!token) throw new UsageError('audit needs a GitHub token', 'set GITHUB_TOKEN (for an organisation, a GitHub App installation token) or pass --github-token');
  const failOn = checkFailOn(v['fail-on'] as string);
  const environment = checkEnvironment(v.environment as string | undefined);
  const noResolve = checkProviders(v['no-resolve'] as string[]);
  const maxResolutions = checkCount('--max-resolutions', v['max-resolutions'] as string | undefined, Infinity);
  const shard = v.shard ? parseShard(v.shard as string) : null;
  const concurrency = checkCount('--concurrency', v.concurrency as string | undefined, 4, 1);
  const maxFileSize = parseSize(v['max-file-size'] as string);
  const maxRepoBytes = parseSize(v['max-repo-size'] as string, '--max-repo-size', '500MB or 4GB');
  const outputDir = resolve(v['output-dir'] as string);
  const quiet = Boolean(v.quiet);
  const offline = Boolean(v.offline);

  const progress = await auditProgress({ stderr: io.stderr, animate: io.isTTY && !io.env.CI && !quiet, quiet });
  if (!offline && !quiet) {
    // The tarball host too: ABR_ENDPOINT_GITHUB (the audit's own API) is among the providers' notes.
    const own = [{ name: 'GitHub downloads', variable: endpointVariable('github-codeload') }];
    for (const note of endpointNotes(io.env, own)) io.stderr(`agent-blast-radius: ${note}\n`);
  }
  let outcome: Awaited<ReturnType<typeof audit>>;
  try {
    outcome = await audit({
      org,
      token,
      env: io.env,
      outputDir,
      checkpoint: resolve((v.checkpoint as string | undefined) ?? join(outputDir, 'checkpoint.json')),
      shard,
      filters: { includeArchived: Boolean(v['include-archived']), includeForks: Boolean(v['include-forks']), repos: v.repo as string[], topics: v.topic as string[] },
      concurrency,
      uploadSarif: Boolean(v['upload-sarif']),
      environment,
      walk: { excludes: v.exclude as string[], defaultExcludes: !v['no-default-excludes'], maxFileSize },
      resolve: { offline, skip: noResolve, maxResolutions, environments: {}, probeDatabases: false },
      limits: { ...DEFAULT_LIMITS, maxRepoBytes },
      onEvent: progress.onEvent,
    });
  } finally {
    progress.stop();
  }
  io.stdout(summaryText(outcome.report, outputDir, outcome.files.sarif.length));
  const fails = failPredicate(failOn);
  return outcome.results.some((r) => fails(r as unknown as Result)) ? 1 : 0;
}

export async function mergeMain(argv: string[], io: Io): Promise<number> {
  const { values: v, positionals } = parseCommand(argv, SHARED_OPTIONS);
  if (v.help) {
    io.stdout(AUDIT_HELP);
    return 0;
  }
  if (!positionals.length) throw new UsageError('merge needs the output folders of the shards', 'agent-blast-radius merge shards/ --output-dir merged');
  const failOn = checkFailOn(v['fail-on'] as string);
  const outputDir = resolve(v['output-dir'] as string);
  const dirs = findAuditDirs(positionals);
  const reports = dirs.map(readAuditReport);
  const merged = mergeAudits(reports, new Date().toISOString());
  const sarif = gatherSarif(dirs, reports, merged, outputDir);
  writeReports(outputDir, merged);
  if (merged.missingShards.length && !v.quiet) io.stderr(`agent-blast-radius: merge: shards ${merged.missingShards.join(', ')} of ${merged.shards[0].count} are missing; the report says so\n`);
  io.stdout(summaryText(merged, outputDir, sarif.length));
  const fails = failPredicate(failOn);
  return merged.risks.some((r) => r.locations.some((l) => l.rules.some((ruleId: RuleId) => fails({ ruleId } as Result)))) ? 1 : 0;
}

function summaryText(report: OrgReport, outputDir: string, sarifFiles: number): string {
  const s = report.summary;
  const rs = s.repositories;
  const lines = [
    `agent-blast-radius audit ${report.org}: ${rs.scanned} of ${rs.assigned} repositories scanned (${rs.failed} failed, ${rs.skipped} skipped); ` +
      `${s.secrets - s.revoked} credentials (${s.shared} shared across repositories, ${s.productionFromNonProduction} reaching production from non-production), ${s.results} results, ${s.revoked} revoked.`,
  ];
  for (const r of report.risks.slice(0, 10)) {
    const repos = r.repositories.slice(0, 3).join(', ') + (r.repositories.length > 3 ? ', …' : '');
    lines.push(
      `  ${r.rank}. ${providerName(r.provider)} ${r.tokenKind} ${r.redacted}  ${r.rules.join(' ')}  ${r.repositories.length} repositor${r.repositories.length === 1 ? 'y' : 'ies'} (${repos})`,
    );
  }
  if (report.risks.length > 10) lines.push(`  … ${report.risks.length - 10} more`);
  for (const r of report.repositories.filter((x) => x.status === 'failed')) lines.push(`  failed: ${r.fullName}: ${terminalText(r.reason ?? '')}`);
  lines.push(
    `Reports: ${join(outputDir, 'org-report.json')}, ${join(outputDir, 'org-report.md')}, ${join(outputDir, 'org-report.html')} (the map); ${sarifFiles} SARIF files in ${join(outputDir, 'sarif')}/`,
  );
  return lines.join('\n') + '\n';
}

// The organisation report: every unique secret once, with every repository and file holding it, its
// reach and verdicts — ranked so credentials shared across repositories and credentials reaching
// production from non-production come first — plus counts by rule, provider and repository, and the
// repositories that were not scanned and why. JSON for machines (and `merge`), Markdown for people.
import { RULE_BY_ID, severityOf } from '../context/rules.js';
import { markdownCode as code, markdownText as esc } from '../report/format.js';
import { providerName } from '../report/messages.js';
import type { RuleId, Scope } from '../types.js';
import { VERSION } from '../version.js';
import type { ArchiveSkipReason, Listing, Occurrence, RepositoryRecord, Shard } from './types.js';

export const ORG_REPORT_KIND = 'agent-blast-radius/org-report';

export interface RiskLocation {
  repository: string;
  path: string;
  line: number;
  column: number;
  environment: string;
  fileEnvironment: string;
  agentConfig: boolean;
  rules: RuleId[];
}

export interface Risk {
  rank: number;
  fingerprint: string;
  provider: string;
  detector: string;
  tokenKind: string;
  redacted: string;
  /** The highest security-severity among the rules fired. */
  severity: number;
  rules: RuleId[];
  /** Held by more than one repository. */
  shared: boolean;
  /** ABR002 fired somewhere: it sits in a non-production context and reaches production. */
  productionFromNonProduction: boolean;
  repositories: string[];
  occurrences: number;
  locations: RiskLocation[];
  scope: Scope;
  remediation: string;
}

export interface RevokedSecret {
  fingerprint: string;
  provider: string;
  tokenKind: string;
  redacted: string;
  repositories: string[];
  occurrences: number;
  scope: Scope;
}

export interface OrgReport {
  kind: typeof ORG_REPORT_KIND;
  tool: { name: string; version: string };
  org: string;
  generatedAt: string;
  /** The shard this report covers; every shard merged, for `merge`; empty for an unsharded run. */
  shards: Shard[];
  /** Shards a merge expected and did not get. */
  missingShards: number[];
  resolution: 'online' | 'offline';
  listing: Listing;
  summary: {
    repositories: { listed: number; selected: number; assigned: number; scanned: number; failed: number; skipped: number; truncated: number };
    filesRead: number;
    bytesRead: number;
    bytesDownloaded: number;
    findings: number;
    secrets: number;
    shared: number;
    productionFromNonProduction: number;
    revoked: number;
    results: number;
    byRule: Partial<Record<RuleId, number>>;
    byProvider: Record<string, number>;
    skipped: Record<string, number>;
    archive: Partial<Record<ArchiveSkipReason, number>>;
  };
  risks: Risk[];
  revoked: RevokedSecret[];
  repositories: RepositoryRecord[];
}

export interface ReportInput {
  org: string;
  generatedAt: string;
  shards: Shard[];
  missingShards?: number[];
  listing: Listing;
  repositories: RepositoryRecord[];
  scopes: Record<string, Scope>;
}

const byName = (a: string, b: string) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : a < b ? -1 : a > b ? 1 : 0);

export function buildOrgReport(input: ReportInput): OrgReport {
  const repositories = [...input.repositories].sort((a, b) => byName(a.fullName, b.fullName));
  const places = new Map<string, Array<{ repo: RepositoryRecord; o: Occurrence }>>();
  for (const repo of repositories) for (const o of repo.occurrences) places.set(o.fingerprint, [...(places.get(o.fingerprint) ?? []), { repo, o }]);

  const risks: Risk[] = [];
  const revoked: RevokedSecret[] = [];
  const byRule: Partial<Record<RuleId, number>> = {};
  const byProvider: Record<string, number> = {};
  let results = 0;
  for (const [fp, list] of places) {
    const first = list[0].o;
    const scope = input.scopes[fp];
    const repos = [...new Set(list.map((x) => x.repo.fullName))];
    byProvider[first.provider] = (byProvider[first.provider] ?? 0) + 1;
    if (!scope || scope.status === 'revoked') {
      revoked.push({ fingerprint: fp, provider: first.provider, tokenKind: first.tokenKind, redacted: first.redacted, repositories: repos, occurrences: list.length, scope: scope! });
      continue;
    }
    const rules = [...new Set(list.flatMap((x) => x.o.rules))].sort();
    for (const x of list) for (const r of x.o.rules) byRule[r] = (byRule[r] ?? 0) + 1;
    results += list.reduce((n, x) => n + x.o.rules.length, 0);
    risks.push({
      rank: 0,
      fingerprint: fp,
      provider: first.provider,
      detector: first.detector,
      tokenKind: first.tokenKind,
      redacted: first.redacted,
      severity: severityOf(rules).score,
      rules,
      shared: repos.length > 1,
      productionFromNonProduction: rules.includes('ABR002'),
      repositories: repos,
      occurrences: list.length,
      locations: list.map(({ repo, o }) => ({
        repository: repo.fullName,
        path: o.path,
        line: o.line,
        column: o.column,
        environment: o.environment,
        fileEnvironment: o.fileEnvironment,
        agentConfig: o.agentConfig,
        rules: o.rules,
      })),
      scope,
      remediation: first.remediation,
    });
  }
  // Shared and production-from-non-production first (both before either), then severity, then spread.
  const tier = (r: Risk) => (r.shared ? 1 : 0) + (r.productionFromNonProduction ? 1 : 0);
  risks.sort((a, b) => tier(b) - tier(a) || b.severity - a.severity || b.repositories.length - a.repositories.length || b.occurrences - a.occurrences || (a.fingerprint < b.fingerprint ? -1 : 1));
  for (const [i, r] of risks.entries()) r.rank = i + 1;
  revoked.sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : 1));

  const skipped: Record<string, number> = {};
  const archive: Partial<Record<ArchiveSkipReason, number>> = {};
  let filesRead = 0;
  let bytesRead = 0;
  let bytesDownloaded = 0;
  let findings = 0;
  for (const r of repositories) {
    const s = r.summary;
    if (!s) continue;
    filesRead += s.filesRead;
    bytesRead += s.bytesRead;
    bytesDownloaded += s.bytesDownloaded;
    findings += s.findings;
    for (const [k, n] of Object.entries(s.skipped)) skipped[k] = (skipped[k] ?? 0) + n;
    for (const [k, n] of Object.entries(s.archive) as Array<[ArchiveSkipReason, number]>) archive[k] = (archive[k] ?? 0) + n;
  }
  const count = (st: RepositoryRecord['status']) => repositories.filter((r) => r.status === st).length;
  const scopes = Object.values(input.scopes);
  return {
    kind: ORG_REPORT_KIND,
    tool: { name: 'agent-blast-radius', version: VERSION },
    org: input.org,
    generatedAt: input.generatedAt,
    shards: input.shards,
    missingShards: input.missingShards ?? [],
    resolution: scopes.some((s) => s.resolution === 'online') ? 'online' : 'offline',
    listing: input.listing,
    summary: {
      repositories: {
        listed: input.listing.listed,
        selected: input.listing.selected,
        assigned: repositories.length,
        scanned: count('scanned'),
        failed: count('failed'),
        skipped: count('skipped'),
        truncated: repositories.filter((r) => r.truncated).length,
      },
      filesRead,
      bytesRead,
      bytesDownloaded,
      findings,
      secrets: places.size,
      shared: risks.filter((r) => r.shared).length,
      productionFromNonProduction: risks.filter((r) => r.productionFromNonProduction).length,
      revoked: revoked.length,
      results,
      byRule: Object.fromEntries(Object.entries(byRule).sort()) as Partial<Record<RuleId, number>>,
      byProvider: Object.fromEntries(Object.entries(byProvider).sort()),
      skipped,
      archive: Object.fromEntries(Object.entries(archive).sort()) as Partial<Record<ArchiveSkipReason, number>>,
    },
    risks,
    revoked,
    repositories,
  };
}

export function toOrgJson(report: OrgReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}

// A GitHub job summary holds at most 1 MiB; lists are cut well before that, and say so.
const MAX_RISKS = 100;
const MAX_ROWS = 50;
const MAX_MARKDOWN = 1024 * 1024 - 4096;

function reachText(s: Scope): string {
  const envs = s.reach.environments.includes('*') ? 'every environment' : s.reach.environments.length ? s.reach.environments.join(', ') : 'unknown';
  const parts = [`${s.status}, ${s.resolution}${s.certainty === 'inferred' ? ', inferred' : ''}`, s.root ? 'root' : '', `reaches ${envs}`];
  if (s.destroy.length) parts.push(`can ${s.destroy.map((d) => d.action).join(', ')}`);
  return parts.filter(Boolean).join('; ');
}

export function toOrgMarkdown(report: OrgReport): string {
  const s = report.summary;
  const rs = s.repositories;
  const lines: string[] = [];
  lines.push(`# agent-blast-radius audit: ${esc(report.org)}`, '');
  if (report.shards.length === 1 && report.missingShards.length === 0 && report.shards[0].count > 1) lines.push(`Shard ${report.shards[0].index} of ${report.shards[0].count}.`, '');
  if (report.missingShards.length) lines.push(`> **Incomplete:** shards ${report.missingShards.join(', ')} of ${report.shards[0]?.count ?? '?'} are missing from this merge.`, '');
  lines.push(
    `${rs.scanned} of ${rs.assigned} repositories scanned (${rs.failed} failed, ${rs.skipped} skipped${rs.truncated ? `, ${rs.truncated} cut short by an archive guard` : ''}; ` +
      `${rs.listed} listed, ${rs.listed - rs.selected} left out by filters). ${s.filesRead} files read.`,
    '',
    `**${s.secrets - s.revoked} credentials** an agent could read (${s.shared} shared across repositories, ${s.productionFromNonProduction} reaching production from non-production), ` +
      `${s.results} results; ${s.revoked} revoked. Resolution: ${report.resolution}.`,
    '',
  );
  lines.push('## Top risks', '');
  if (!report.risks.length) lines.push('None.', '');
  else {
    lines.push('| # | credential | rules | repositories | where | what it can do |', '|---|---|---|---|---|---|');
    for (const r of report.risks.slice(0, MAX_RISKS)) {
      const flags = [r.shared ? '**shared**' : '', r.productionFromNonProduction ? '**prod from non-prod**' : ''].filter(Boolean).join(' ');
      const where =
        r.locations
          .slice(0, 3)
          .map((l) => `${esc(l.repository)}: ${code(`${l.path}:${l.line}`)}`)
          .join('<br>') + (r.locations.length > 3 ? `<br>… ${r.locations.length - 3} more` : '');
      const credential = [esc(providerName(r.provider)), esc(r.tokenKind), code(r.redacted), flags].filter(Boolean).join(' ');
      lines.push(`| ${r.rank} | ${credential} | ${r.rules.join(' ')} | ${r.repositories.length} | ${where} | ${esc(reachText(r.scope))} |`);
    }
    if (report.risks.length > MAX_RISKS) lines.push('', `… and ${report.risks.length - MAX_RISKS} more in the JSON report.`);
    lines.push('');
  }
  lines.push('## Counts', '', '| rule | results |', '|---|---|');
  for (const [id, n] of Object.entries(s.byRule)) lines.push(`| ${id} ${RULE_BY_ID.get(id as RuleId)!.name} | ${n} |`);
  lines.push('', '| provider | credentials |', '|---|---|');
  for (const [p, n] of Object.entries(s.byProvider)) lines.push(`| ${esc(providerName(p))} | ${n} |`);
  const perRepo = report.repositories
    .filter((r) => r.occurrences.length)
    .map((r) => ({ name: r.fullName, results: r.occurrences.reduce((n, o) => n + o.rules.length, 0), secrets: new Set(r.occurrences.map((o) => o.fingerprint)).size }))
    .sort((a, b) => b.results - a.results || byName(a.name, b.name));
  lines.push('', '| repository | results | credentials |', '|---|---|---|');
  for (const r of perRepo.slice(0, MAX_ROWS)) lines.push(`| ${esc(r.name)} | ${r.results} | ${r.secrets} |`);
  if (perRepo.length > MAX_ROWS) lines.push(`| … ${perRepo.length - MAX_ROWS} more | | |`);
  lines.push('');

  const notScanned = report.repositories.filter((r) => r.status !== 'scanned' || r.truncated);
  lines.push('## Repositories not scanned, or not in full', '');
  if (!notScanned.length) lines.push('None.', '');
  else {
    lines.push('| repository | status | why |', '|---|---|---|');
    for (const r of notScanned.slice(0, MAX_ROWS))
      lines.push(`| ${esc(r.fullName)} | ${r.truncated && r.status === 'scanned' ? 'truncated' : r.status} | ${esc(r.reason ?? `archive guard: ${r.truncated}`)} |`);
    if (notScanned.length > MAX_ROWS) lines.push(`| … ${notScanned.length - MAX_ROWS} more | | |`);
    lines.push('');
  }
  const f = report.listing.filtered;
  lines.push(`Left out by filters: ${f.archived} archived, ${f.forks} forks, ${f.disabled} disabled, ${f.repo} by --repo, ${f.topic} by --topic.`, '');
  const skipRows = [...Object.entries(s.skipped), ...Object.entries(s.archive)].filter(([, n]) => n);
  if (skipRows.length) {
    lines.push('## Skipped inside repositories', '', '| reason | count |', '|---|---|');
    for (const [k, n] of skipRows) lines.push(`| ${k} | ${n} |`);
    lines.push('');
  }
  let md = lines.join('\n');
  if (md.length > MAX_MARKDOWN) md = md.slice(0, MAX_MARKDOWN) + '\n\n… cut to fit a job summary; the JSON report has everything.\n';
  return md;
}

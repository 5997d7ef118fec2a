// Markdown for GitHub: the Action's job summary (≤ 1 MiB) and its pull-request comment (≤ 65,536
// characters). A pure function of the report; `capMarkdown` keeps either within GitHub's limit.
// Everything that comes from the scanned tree or a provider (paths, variables, values) is put in code
// spans or escaped: a pull request's author chooses file names, and a comment must not ping or link.
import { bySeverity, failOnRules, RULE_BY_ID, RULES, type Severity, severityOf } from '../context/rules.js';
import type { Result, ScanReport } from '../types.js';
import { deadlineSummary, historySummary, issuerName, tokenKindOf, unreportedSummary } from './messages.js';
import { formatBytes, historyNote, markdownCode as code, markdownText as escapeText, terminalText } from './format.js';

/** GitHub's limit on an issue or pull-request comment body, in characters. */
export const COMMENT_LIMIT = 65_536;
/** GitHub's limit on one step's job summary, in bytes. */
export const SUMMARY_LIMIT = 1024 * 1024;

export interface MarkdownOptions {
  /** Fingerprints present at the pull request's base: a result whose secret is not among them is new. Absent: every result counts as new. */
  base?: Set<string>;
  /** The base branch's name (pull-request mode), shown as code. Set with no `base`: the base could not be had, every result is new. */
  baseLabel?: string;
  /** The --fail-on threshold the run applies to new findings. */
  failOn: string;
  /** Said before the tables, as plain text (escaped; backticks still make code): the base could not be had, the config changed… */
  notices?: string[];
  /** The pull-request comment: new findings and counts only. Default: every table (the job summary). */
  brief?: boolean;
  /** Where the full report is (the run's job summary), linked from the brief form. */
  detailsUrl?: string;
  /** A hidden first line that finds the comment again on the next push. */
  marker?: string;
}

/** One row per occurrence: the rules it fired, and how severe it is (its worst rule). */
interface Row {
  results: Result[];
  severity: Severity;
}

function rows(results: Result[]): Row[] {
  const byPlace = new Map<string, Result[]>();
  for (const r of results) {
    const f = r.finding;
    const key = `${f.path}\0${f.line}\0${f.column}\0${f.commit ?? ''}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), r]);
  }
  const out = [...byPlace.values()].map((rs) => ({ results: rs, severity: severityOf(rs.map((r) => r.ruleId)) }));
  // Most severe first; ties in the report's own (location) order, which is stable.
  return out.sort((a, b) => bySeverity(a.severity, b.severity));
}

function reach(r: Result): string {
  const s = r.scope;
  const envs = s.reach.environments.includes('*') ? 'every environment' : s.reach.environments.length ? s.reach.environments.join(', ') : 'unknown';
  const parts = [s.root ? `whole account (${envs})` : envs];
  if (s.destroy.length) parts.push(`can call ${[...new Set(s.destroy.map((d) => d.action))].join(', ')}`);
  const basis = s.resolution === 'offline' ? "inferred from the token's shape" : s.status === 'live' ? 'confirmed live' : s.status;
  return `${escapeText(parts.join('; '))} _(${basis})_`;
}

function rulesCell(rs: Result[]): string {
  // Each rule with its --fail-on band, as the text report shows it.
  return rs.map((r) => `${r.ruleId} ${RULE_BY_ID.get(r.ruleId)!.band} ${RULE_BY_ID.get(r.ruleId)!.name}${r.certainty === 'inferred' ? ' (inferred)' : ''}`).join('<br>');
}

function credentialCell(r: Result): string {
  const f = r.finding;
  return `${escapeText(issuerName(f))} ${escapeText(tokenKindOf(r))}${f.context.variable ? ` in ${code(f.context.variable)}` : ''}${f.context.agentConfig ? ' · agent config' : ''}`;
}

// A file name's line breaks show as `\n`, not as a space: the name is the evidence, shown as it is.
const where = (r: Result) => code(`${terminalText(r.finding.path)}:${r.finding.line}`) + historyNote(r.finding);

function findingsTable(list: Row[]): string[] {
  const out = ['| Where | Rules | Credential | Reach | Value | Fix |', '|---|---|---|---|---|---|'];
  for (const { results: rs } of list) {
    const r = rs[0];
    const env = r.finding.context.environment;
    out.push(`| ${where(r)}${env !== 'unknown' ? ` (${escapeText(env)})` : ''} | ${rulesCell(rs)} | ${credentialCell(r)} | ${reach(r)} | ${code(r.finding.redacted)} | ${escapeText(r.remediation)} |`);
  }
  return out;
}

function acceptedTable(list: Row[]): string[] {
  const out = ['| Where | Rules | Credential | Value | Accepted because |', '|---|---|---|---|---|'];
  for (const { results: rs } of list) {
    const r = rs[0];
    const how = r.accepted!.kind === 'inSource' ? 'inline allow: ' : '';
    out.push(`| ${where(r)} | ${rulesCell(rs)} | ${credentialCell(r)} | ${code(r.finding.redacted)} | ${how}${escapeText(r.accepted!.justification)} |`);
  }
  return out;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function details(summary: string, body: string[]): string[] {
  return ['<details>', `<summary>${summary}</summary>`, '', ...body, '', '</details>', ''];
}

export function toMarkdown(report: ScanReport, opts: MarkdownOptions): string {
  const failOn = failOnRules(opts.failOn);
  const fails = (r: Result) => failOn.has(r.ruleId);
  const open = report.results.filter((r) => !r.accepted);
  const isNew = (r: Result) => !opts.base?.has(r.finding.fingerprint);
  const fresh = rows(open.filter(isNew));
  const existing = rows(open.filter((r) => !isNew(r)));
  const accepted = rows(report.results.filter((r) => r.accepted));
  const failing = fresh.filter((row) => row.results.some(fails));
  const pr = Boolean(opts.base) || opts.baseLabel !== undefined;

  const out: string[] = [];
  if (opts.marker) out.push(opts.marker);
  out.push('### agent-blast-radius', '');
  const what = pr ? 'new credential' : 'credential';
  const subject = pr ? `${plural(fresh.length, what)} an agent could read in this pull request` : `${plural(fresh.length, what)} an agent can read`;
  if (failing.length) out.push(`❌ **${subject}**; ${failing.length} ${failing.length === 1 ? 'is' : 'are'} at or above \`${escapeText(opts.failOn)}\`, so this check fails.`);
  else if (fresh.length) out.push(`⚠️ **${subject}**, none at or above \`${escapeText(opts.failOn)}\`.`);
  else out.push(`✅ **No ${what} an agent could read${pr ? ' is added by this pull request' : ''}.**`);
  const counts: string[] = [];
  if (pr && existing.length) counts.push(`${plural(existing.length, 'credential')} already at the base${opts.baseLabel ? ` ${code(opts.baseLabel)}` : ''} (not new)`);
  if (accepted.length) counts.push(`${accepted.length} accepted on purpose`);
  if (report.revoked.length) counts.push(`${report.revoked.length} revoked`);
  if (counts.length) out.push('', counts.join(' · ') + '.');
  out.push('');

  if (opts.notices?.length) {
    for (const n of opts.notices) out.push(`> ${escapeText(n)}`, '>');
    out.pop();
    out.push('');
  }

  if (fresh.length) {
    if (pr) out.push(`#### New in this pull request (${fresh.length})`, '');
    out.push(...findingsTable(fresh), '');
  }
  if (opts.brief) {
    if (opts.detailsUrl) out.push(`The full report (every finding, accepted ones, what was read and skipped) is in the [job summary](${opts.detailsUrl}).`, '');
    return out.join('\n');
  }
  if (pr && existing.length) out.push(...details(`Already at the base, not new (${existing.length})`, findingsTable(existing)));
  if (accepted.length) out.push(...details(`Accepted on purpose (${accepted.length})`, acceptedTable(accepted)));
  out.push(...details('What was scanned', scanLines(report)));
  return out.join('\n');
}

function scanLines(report: ScanReport): string[] {
  const s = report.summary;
  const skipped = Object.entries(s.skipped).filter(([, n]) => n > 0);
  const fired = RULES.filter((r) => s.byRule[r.id]);
  return [
    `- files read: ${s.filesRead} (${formatBytes(s.bytesRead)})${s.environment ? ` · declared environment: ${escapeText(s.environment)}` : ''} · resolution: ${s.resolution}`,
    `- skipped: ${skipped.length ? skipped.map(([k, n]) => `${n} ${k}`).join(', ') : 'none'}`,
    ...(s.history ? [`- git history: ${escapeText(historySummary(s.history))}`] : []),
    `- credentials: ${s.findings} occurrences of ${s.secrets} unique secrets${s.accepted ? ` · ${s.accepted} accepted` : ''}${s.revoked ? ` · ${s.revoked} revoked` : ''}`,
    ...(s.unreported ? [`- not reported: ${unreportedSummary(s.unreported, code)}`] : []),
    ...(s.deadline ? [`- incomplete: ${deadlineSummary(s.deadline)}`] : []),
    `- results: ${fired.length ? fired.map((r) => `${r.id} ${r.name} ${s.byRule[r.id]}`).join(', ') : 'none'}`,
  ];
}

/** Size in GitHub's unit for the limit: characters for a comment, UTF-8 bytes for a job summary. */
function sizer(unit: 'characters' | 'bytes'): (s: string) => number {
  return unit === 'bytes' ? (s) => Buffer.byteLength(s, 'utf8') : (s) => s.length;
}

/**
 * Markdown cut to `limit` at a line boundary, open `<details>` closed, and `pointer` said at the end (where
 * the rest is). Unchanged when it fits.
 */
export function capMarkdown(md: string, limit: number, unit: 'characters' | 'bytes', pointer: string): string {
  const size = sizer(unit);
  if (size(md) <= limit) return md;
  const footer = `\n\n**Truncated.** ${pointer}\n`;
  const close = '\n</details>';
  const lines = md.split('\n');
  let used = 0;
  let open = 0;
  let kept = 0;
  for (const line of lines) {
    const nextOpen = open + (line.match(/<details>/g)?.length ?? 0) - (line.match(/<\/details>/g)?.length ?? 0);
    const next = used + size(line) + 1;
    if (next + size(footer) + Math.max(0, nextOpen) * size(close) > limit) break;
    used = next;
    open = nextOpen;
    kept++;
  }
  let body = lines.slice(0, kept).join('\n');
  if (!kept) {
    // One line longer than the limit: cut inside it, on a character boundary.
    const room = limit - size(footer);
    let n = Math.min(md.length, room);
    while (n > 0 && size(md.slice(0, n)) > room) n = Math.floor(n * 0.9);
    body = md.slice(0, n);
  }
  return body + close.repeat(Math.max(0, open)) + footer;
}

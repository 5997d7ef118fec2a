// Human text: a headline naming the worst credential, then findings grouped by file — files by their most
// severe result (src/context/rules.ts `severityOf`), then path; within a file by line — one block per
// secret occurrence with every rule it fired and each rule's `--fail-on` band, then a summary of what was
// read, what was skipped and why, and what fired. Whatever came from the scanned tree or a provider
// (paths, acceptance reasons, provider names in messages) goes through `t` (terminalText): a file name
// cannot move the cursor, colour the terminal or forge a line.
import { bySeverity, RULE_BY_ID, RULES, type Severity, severityOf } from '../context/rules.js';
import type { Encoding, Result, ScanReport } from '../types.js';
import { formatBytes, historyNote, terminalText as t } from './format.js';
import { connectedDetail, credentialWords, destroyDetail, historySummary, inferredDetail, issuerName, title, tokenKindOf, unreportedSummary, deadlineSummary } from './messages.js';

/** How a finding found by decoding says so (src/detect/decode.ts). */
const DECODED: Record<Encoding, string> = { base64: 'base64-decoded', percent: 'percent-decoded', escape: 'unescaped' };

export interface Paint {
  bold: (s: string) => string;
  red: (s: string) => string;
  yellow: (s: string) => string;
  dim: (s: string) => string;
}

export const plain: Paint = { bold: (s) => s, red: (s) => s, yellow: (s) => s, dim: (s) => s };

const REASONS: Record<string, string> = {
  binary: 'binary',
  'too-large': 'too large',
  'dependency-folder': 'dependency folder',
  unreadable: 'unreadable',
  excluded: 'excluded',
  symlink: 'symbolic link (not followed)',
  'special-file': 'special file (FIFO, socket or device)',
};

/** One occurrence of a secret: the results it fired (one finding), and how severe it is. */
interface Occurrence {
  results: Result[];
  severity: Severity;
}

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Occurrences of the results that are not accepted, in the report's (location) order. */
function occurrences(results: Result[]): Occurrence[] {
  const byPlace = new Map<string, Result[]>();
  for (const r of results) {
    if (r.accepted) continue;
    const key = `${r.finding.path}\0${r.finding.commit ?? ''}\0${r.finding.line}\0${r.finding.column}`;
    const list = byPlace.get(key);
    if (list) list.push(r);
    else byPlace.set(key, [r]);
  }
  return [...byPlace.values()].map((rs) => ({ results: rs, severity: severityOf(rs.map((r) => r.ruleId)) }));
}

/**
 * The line before the details: how many credentials share the worst band, and the worst of them in plain
 * words with its place (most severe, then path, then line). Undefined when nothing fired.
 */
export function headline(report: ScanReport): string | undefined {
  const list = occurrences(report.results);
  if (!list.length) return undefined;
  const at = (o: Occurrence) => o.results[0].finding;
  const worst = [...list].sort((a, b) => bySeverity(a.severity, b.severity) || byPath(at(a).path, at(b).path) || at(a).line - at(b).line || at(a).column - at(b).column)[0];
  const band = worst.severity.band;
  // A credential is one fingerprint, however many places hold it.
  const n = new Set(list.filter((o) => o.severity.band === band).map((o) => at(o).fingerprint)).size;
  const where = `${t(at(worst).path)}:${at(worst).line}${historyNote(at(worst))}`;
  const words = t(credentialWords(worst.results));
  return n === 1 ? `1 ${band} credential: ${words}: ${where}` : `${n} ${band} credentials; worst: ${words}: ${where}`;
}

/** `environment: staging (file) → reaches production, staging`: where the credential sits, and what it reaches. */
function environmentWords(r: Result): string {
  const c = r.finding.context;
  const own = c.fileEnvironment !== 'unknown' ? `${t(c.fileEnvironment)} (file)` : c.environment !== 'unknown' ? `${t(c.environment)} (declared)` : 'unknown';
  const reach = r.scope.reach.environments.filter((e) => e !== 'unknown');
  const reaches = r.scope.reach.environments.includes('*') ? 'reaches every environment' : reach.length ? `reaches ${reach.map(t).join(', ')}` : 'reach unknown';
  return `environment: ${own} → ${reaches}`;
}

export function toText(report: ScanReport, paint: Paint = plain, showRevoked = false): string {
  const out: string[] = [];
  const head = headline(report);
  if (head) {
    const band = severityOf(report.results.filter((r) => !r.accepted).map((r) => r.ruleId)).band;
    out.push(band === 'critical' || band === 'high' ? paint.red(paint.bold(head)) : paint.bold(head), '');
  }
  // A file on disk and each commit's blob of it are separate places, each under its own heading.
  const byFile = new Map<string, Occurrence[]>();
  for (const o of occurrences(report.results)) {
    const path = t(o.results[0].finding.path) + historyNote(o.results[0].finding);
    const list = byFile.get(path);
    if (list) list.push(o);
    else byFile.set(path, [o]);
  }
  // Worst file first (its most severe occurrence), then path; within a file, the report's order: by line.
  const files = [...byFile].map(([path, list]) => ({ path, list, severity: severityOf(list.flatMap((o) => o.results.map((r) => r.ruleId))) }));
  files.sort((a, b) => bySeverity(a.severity, b.severity) || byPath(a.path, b.path));
  for (const { path, list } of files) {
    out.push(paint.bold(path));
    for (const { results: rs } of list) {
      const f = rs[0].finding;
      const rules = rs.map((r) => {
        const rule = RULE_BY_ID.get(r.ruleId)!;
        const label = `${r.ruleId} ${rule.band} ${rule.name}${r.certainty === 'inferred' ? ' (inferred)' : ''}`;
        return rule.level === 'error' ? paint.red(label) : paint.yellow(label);
      });
      out.push(`  ${f.line}:${f.column}  ${rules.join(', ')}`);
      // The preview and the variable come from the file (a URL's percent-decoded user name may hold ESC): escaped.
      out.push(
        `    ${t(issuerName(f))} · ${t(tokenKindOf(rs[0]))} · ${t(f.redacted)}${f.context.variable ? ` · ${t(f.context.variable)}` : ''} · ${environmentWords(rs[0])}${f.context.agentConfig ? ' · agent config' : ''}${f.context.encoding ? ` · ${DECODED[f.context.encoding]}` : ''}`,
      );
      for (const r of rs) out.push(`    ${r.ruleId}: ${t(title(r))}`);
      const destroy = rs.map(destroyDetail).find(Boolean);
      if (destroy) out.push(`    destroys: ${t(destroy)}`);
      const connected = connectedDetail(rs[0]);
      if (connected) out.push(`    ${t(connected)}`);
      const inferred = rs.map(inferredDetail).find(Boolean);
      if (inferred) out.push(paint.dim(`    ${t(inferred)}`));
      const reason = rs.find((r) => r.ruleId === 'ABR007')?.scope.reason;
      if (reason) out.push(paint.dim(`    ${t(reason)}`));
      if (rs[0].related.length)
        out.push(
          paint.dim(`    same secret also at: ${rs[0].related.map((l) => `${t(l.path)}:${l.line}${historyNote(l)}`).join(', ')}${rs[0].relatedMore ? `, and ${rs[0].relatedMore} more places` : ''}`),
        );
      out.push(`    fix: ${t(rs[0].remediation)}`);
    }
    out.push('');
  }
  const accepted = report.results.filter((r) => r.accepted);
  if (accepted.length) {
    // Accepted on purpose: listed once per occurrence with the reason, never failing the scan.
    out.push(paint.bold('Accepted (not failing):'));
    const seen = new Set<string>();
    for (const r of accepted) {
      const f = r.finding;
      const key = `${f.path}:${f.line}:${f.column}:${f.commit ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const rules = accepted.filter((x) => x.finding === f).map((x) => x.ruleId);
      out.push(`  ${t(f.path)}:${f.line}${historyNote(f)}  ${rules.join(', ')} · ${t(issuerName(f))} · ${t(tokenKindOf(r))} · ${t(f.redacted)}`);
      out.push(paint.dim(`    ${r.accepted!.kind === 'inSource' ? 'inline allow' : 'accepted'}: ${t(r.accepted!.justification)}`));
    }
    out.push('');
  }
  if (showRevoked && report.revoked.length) {
    out.push(paint.bold('Revoked (no rule fires):'));
    for (const f of report.revoked)
      out.push(`  ${t(f.path)}:${f.line}${historyNote(f)}  ${t(issuerName(f))} · ${t(f.tokenKind)} · ${t(f.redacted)}${f.context.variable ? ` · ${t(f.context.variable)}` : ''}`);
    out.push('');
  }
  out.push(summaryText(report, paint));
  return out.join('\n') + '\n';
}

export function summaryText(report: ScanReport, paint: Paint = plain): string {
  const s = report.summary;
  const lines: string[] = [];
  lines.push(paint.bold('Summary'));
  lines.push(`  files read: ${s.filesRead} (${formatBytes(s.bytesRead)})${s.environment ? ` · declared environment: ${t(s.environment)}` : ''} · resolution: ${s.resolution}`);
  if (s.unresolved) {
    const line = `  not resolved: ${s.unresolved.count} credential${s.unresolved.count === 1 ? '' : 's'} (${s.unresolved.reasons.map(t).join('; ')}); their verdicts come from the token's shape and context`;
    lines.push(s.resolution === 'failed' ? paint.yellow(line) : line);
  }
  const skipped = Object.entries(s.skipped).filter(([, n]) => n > 0);
  if (skipped.length) {
    lines.push(`  skipped: ${skipped.map(([k, n]) => `${n} ${REASONS[k] ?? k}`).join(', ')}${s.bytesSkipped ? ` (${formatBytes(s.bytesSkipped)} not read)` : ''}`);
    for (const [k] of skipped) {
      const ex = s.skippedExamples[k as keyof typeof s.skippedExamples] ?? [];
      if (ex.length) lines.push(paint.dim(`    ${REASONS[k] ?? k}: ${ex.map(t).join(', ')}${s.skipped[k as keyof typeof s.skipped] > ex.length ? ', …' : ''}`));
    }
  } else lines.push('  skipped: none');
  if (s.history) lines.push(`  git history: ${t(historySummary(s.history))}`);
  lines.push(`  credentials: ${s.findings} occurrences of ${s.secrets} unique secrets${s.revoked ? ` · ${s.revoked} revoked` : ''}${s.accepted ? ` · ${s.accepted} accepted` : ''}`);
  if (s.unreported) lines.push(paint.yellow(`  not reported: ${unreportedSummary(s.unreported, t)}`));
  if (s.deadline) lines.push(paint.yellow(`  incomplete: ${deadlineSummary(s.deadline)}`));
  if (report.revoked.length) lines.push(`  revoked: ${revokedList(report.revoked)}`);
  if (s.reused)
    lines.push(
      `  reused: ${s.reused.secrets} secret${s.reused.secrets === 1 ? ' is' : 's are'} shared by ${s.reused.credentials} credentials (the same password on different servers or users): rotating one leaves the other open`,
    );
  const fired = RULES.filter((r) => s.byRule[r.id]);
  lines.push(fired.length ? `  results: ${fired.map((r) => `${r.id} ${r.name} ${s.byRule[r.id]}`).join(', ')}` : '  results: none');
  return lines.join('\n');
}

/** Each revoked credential by its variable (else its preview) and place, so the summary says which went: `STRIPE_KEY in .env.old:3`. */
function revokedList(revoked: ScanReport['revoked'], most = 10): string {
  const named = revoked.map((f) => `${t(f.context.variable ?? f.redacted)} in ${t(f.path)}:${f.line}${historyNote(f)}`);
  return named.length > most ? `${named.slice(0, most).join(', ')}, … (${named.length - most} more; --show-revoked lists them)` : named.join(', ');
}

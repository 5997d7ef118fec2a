// Human text: findings grouped by file, one block per secret occurrence with every rule it fired,
// then a summary of what was read, what was skipped and why, and what fired. Whatever came from the
// scanned tree or a provider (paths, acceptance reasons, provider names in messages) goes through `t`
// (terminalText): a file name cannot move the cursor, colour the terminal or forge a line.
import { RULE_BY_ID, RULES } from '../context/rules.js';
import type { Result, ScanReport } from '../types.js';
import { formatBytes, historyNote, terminalText as t } from './format.js';
import { destroyDetail, historySummary, inferredDetail, providerName, title, tokenKindOf } from './messages.js';

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

export function toText(report: ScanReport, paint: Paint = plain, showRevoked = false): string {
  const out: string[] = [];
  const byFile = new Map<string, Result[]>();
  for (const r of report.results) {
    if (r.accepted) continue;
    // A file on disk and each commit's blob of it are separate places, each under its own heading.
    const place = t(r.finding.path) + historyNote(r.finding);
    const list = byFile.get(place) ?? [];
    list.push(r);
    byFile.set(place, list);
  }
  for (const [place, results] of byFile) {
    out.push(paint.bold(place));
    const byPlace = new Map<string, Result[]>();
    for (const r of results) {
      const key = `${r.finding.line}:${r.finding.column}`;
      byPlace.set(key, [...(byPlace.get(key) ?? []), r]);
    }
    for (const [place, rs] of byPlace) {
      const f = rs[0].finding;
      const rules = rs.map((r) => {
        const rule = RULE_BY_ID.get(r.ruleId)!;
        const label = `${r.ruleId} ${rule.name}${r.certainty === 'inferred' ? ' (inferred)' : ''}`;
        return rule.level === 'error' ? paint.red(label) : paint.yellow(label);
      });
      out.push(`  ${place}  ${rules.join(', ')}`);
      out.push(`    ${providerName(f.provider)} · ${tokenKindOf(rs[0])} · ${f.redacted}${f.context.variable ? ` · ${f.context.variable}` : ''} · environment: ${f.context.environment}${f.context.agentConfig ? ' · agent config' : ''}`);
      for (const r of rs) out.push(`    ${r.ruleId}: ${t(title(r))}`);
      const destroy = rs.map(destroyDetail).find(Boolean);
      if (destroy) out.push(`    destroys: ${t(destroy)}`);
      const inferred = rs.map(inferredDetail).find(Boolean);
      if (inferred) out.push(paint.dim(`    ${t(inferred)}`));
      const reason = rs.find((r) => r.ruleId === 'ABR007')?.scope.reason;
      if (reason) out.push(paint.dim(`    ${t(reason)}`));
      if (rs[0].related.length) out.push(paint.dim(`    same secret also at: ${rs[0].related.map((l) => `${t(l.path)}:${l.line}${historyNote(l)}`).join(', ')}`));
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
      out.push(`  ${t(f.path)}:${f.line}${historyNote(f)}  ${rules.join(', ')} · ${providerName(f.provider)} · ${tokenKindOf(r)} · ${f.redacted}`);
      out.push(paint.dim(`    ${r.accepted!.kind === 'inSource' ? 'inline allow' : 'accepted'}: ${t(r.accepted!.justification)}`));
    }
    out.push('');
  }
  if (showRevoked && report.revoked.length) {
    out.push(paint.bold('Revoked (no rule fires):'));
    for (const f of report.revoked) out.push(`  ${t(f.path)}:${f.line}${historyNote(f)}  ${providerName(f.provider)} · ${f.tokenKind} · ${f.redacted}`);
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
  if (s.reused) lines.push(`  reused: ${s.reused.secrets} secret${s.reused.secrets === 1 ? ' is' : 's are'} shared by ${s.reused.credentials} credentials (the same password on different servers or users): rotating one leaves the other open`);
  const fired = RULES.filter((r) => s.byRule[r.id]);
  lines.push(fired.length ? `  results: ${fired.map((r) => `${r.id} ${r.name} ${s.byRule[r.id]}`).join(', ')}` : '  results: none');
  return lines.join('\n');
}


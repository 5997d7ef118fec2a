// Head against base. "New" means the secret's fingerprint is not at the base, so moving a secret between
// lines or files is not new. An inline allow counts only on a line the base already had.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding, Result, ScanReport } from '../types.js';

/** Every secret at the base, whatever its verdict: accepted and revoked ones are still there. */
export function fingerprintsOf(report: ScanReport): Set<string> {
  return new Set([...report.results.map((r) => r.finding.fingerprint), ...report.revoked.map((f) => f.fingerprint)]);
}

/** Reads line `n` (1-based) of files under one root, each file once. */
export function lineReader(root: string): (path: string, n: number) => string | undefined {
  const cache = new Map<string, string[] | undefined>();
  return (path, n) => {
    if (!cache.has(path)) {
      try {
        cache.set(path, readFileSync(join(root, path), 'utf8').split(/\r?\n/));
      } catch {
        cache.set(path, undefined);
      }
    }
    return cache.get(path)?.[n - 1];
  };
}

/** The trimmed text of each base line that carries an inline allow on a secret. */
export function allowLinesOf(report: ScanReport, root: string): Set<string> {
  const line = lineReader(root);
  const out = new Set<string>();
  for (const r of report.results) {
    const f = r.finding;
    if (f.allow === undefined || f.context.origin !== 'workspace') continue;
    const text = line(f.path, f.line);
    if (text !== undefined) out.add(text.trim());
  }
  return out;
}

/**
 * The inline-allow rule of pull-request mode: an allow on a line the PR adds (any line the base did not
 * hold, allow comment included) is ignored, and recorded in `ignored` as `path:line`.
 */
export function allowedAtBase(headRoot: string, baseLines: Set<string>, ignored: Set<string>): (f: Finding) => boolean {
  const line = lineReader(headRoot);
  return (f) => {
    const text = line(f.path, f.line)?.trim();
    const ok = text !== undefined && baseLines.has(text);
    if (!ok) ignored.add(`${f.path}:${f.line}`);
    return ok;
  };
}

/** Distinct places (path, line, column) among results: what the Action counts as findings. */
export function occurrences(results: Result[]): number {
  return new Set(results.map((r) => `${r.finding.path}\0${r.finding.line}\0${r.finding.column}`)).size;
}

/** Whether a file differs between two trees (a missing file reads as empty). */
export function fileChanged(a: string, b: string): boolean {
  const read = (p: string) => {
    try {
      return readFileSync(p, 'utf8');
    } catch {
      return '';
    }
  };
  return read(a) !== read(b);
}

/** The report with paths relative to the repository root instead of the scanned folder (GitHub ignores originalUriBaseIds). */
export function rebase(report: ScanReport, prefix: string, repoRoot: string): ScanReport {
  if (!prefix || prefix === '.') return { ...report, summary: { ...report.summary, root: repoRoot } };
  const at = (p: string) => (p.startsWith('~/') || p.startsWith('env:') ? p : `${prefix}/${p}`);
  const findings = new Map<Finding, Finding>();
  const moved = (f: Finding) => {
    if (!findings.has(f)) findings.set(f, { ...f, path: at(f.path) });
    return findings.get(f)!;
  };
  return {
    ...report,
    results: report.results.map((r) => ({ ...r, finding: moved(r.finding), related: r.related.map((l) => ({ ...l, path: at(l.path) })) })),
    revoked: report.revoked.map(moved),
    summary: { ...report.summary, root: repoRoot },
  };
}

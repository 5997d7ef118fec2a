// How many findings one run reports: a file of 80,000 distinct tokens made a 1 GB JSON report (four results
// each, every one with its message, scope and remediation). Past a limit, findings are counted and said in
// every format (`summary.unreported`), never dropped silently, and they are not sent to any provider.
import type { DeadlineSummary, Finding, ScanSummary } from '../types.js';

export interface FindingLimits {
  /**
   * Distinct credentials (fingerprints) reported per text (a file, a blob of history); every occurrence of
   * one reported is kept. Per text rather than per detector: a per-detector limit multiplies by the number
   * of detectors, and a file past 100 credentials is a dump (an export, a fixture, generated data) whose
   * first hundred and count say what there is to say. 0: no limit.
   */
  perFile: number;
  /**
   * Occurrences reported by the whole run. GitHub code scanning rejects a SARIF run of more than 25,000
   * results and keeps 5,000 (https://docs.github.com/en/code-security/code-scanning/troubleshooting-sarif-uploads/results-exceed-limit);
   * an occurrence fires up to five rules. 0: no limit.
   */
  total: number;
}

export const DEFAULT_LIMITS: FindingLimits = { perFile: 100, total: 5000 };

/** Texts named in `summary.unreported.examples`: those with the most occurrences left out. */
const EXAMPLES = 5;

/** Path, then the file on disk before its history (by commit), then line and column: the order reports use. */
const byPlace = (a: Finding, b: Finding) =>
  a.path < b.path ? -1 : a.path > b.path ? 1 : (a.commit ?? '') < (b.commit ?? '') ? -1 : (a.commit ?? '') > (b.commit ?? '') ? 1 : a.line - b.line || a.column - b.column;

/**
 * The findings a run reports, in place order: in each text the occurrences of its first `perFile` distinct
 * credentials, then the first `total` of those. What is left out is counted into `summary.unreported`.
 * Linear after one sort; the order of `findings` does not matter (workers finish in any order).
 */
export function limitFindings(findings: Finding[], limits: FindingLimits, summary: ScanSummary): Finding[] {
  const perFile = limits.perFile > 0 ? limits.perFile : Infinity;
  const total = limits.total > 0 ? limits.total : Infinity;
  if (findings.length <= Math.min(perFile, total)) return findings;
  findings.sort(byPlace);
  const kept: Finding[] = [];
  const leftIn = new Map<string, number>();
  let text = '';
  let admitted = new Set<string>();
  for (const f of findings) {
    const key = `${f.path}\0${f.commit ?? ''}`;
    if (key !== text) {
      text = key;
      admitted = new Set();
    }
    if (!admitted.has(f.fingerprint)) {
      if (admitted.size >= perFile) {
        leftIn.set(key, (leftIn.get(key) ?? 0) + 1);
        continue;
      }
      admitted.add(f.fingerprint);
    }
    kept.push(f);
  }
  const beyondTotal = Math.max(0, kept.length - total);
  if (beyondTotal) kept.length = total;
  const beyondPerFile = [...leftIn.values()].reduce((n, k) => n + k, 0);
  if (beyondPerFile || beyondTotal) {
    const examples = [...leftIn]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, EXAMPLES)
      .map(([key, n]) => ({ path: key.slice(0, key.indexOf('\0')), findings: n }));
    summary.unreported = {
      findings: beyondPerFile + beyondTotal,
      ...(beyondPerFile ? { perFile: { limit: perFile, files: leftIn.size, findings: beyondPerFile, examples } } : {}),
      ...(beyondTotal ? { total: { limit: total, findings: beyondTotal } } : {}),
    };
  }
  return kept;
}

/**
 * The run's deadline (`--deadline`): asked before each file is read and each source begun; once it has passed,
 * nothing more is read, what was found is reported, and what was not read is counted. Resolution gets what is
 * left of it (at least a second, so that the credentials found are settled with a reason, not abandoned).
 */
export class Deadline {
  private readonly end: number;
  passed = false;
  private files = 0;
  private sources = 0;
  private walkStopped = false;

  constructor(private readonly ms?: number) {
    this.end = ms === undefined ? Infinity : Date.now() + ms;
  }

  expired(): boolean {
    if (!this.passed && Date.now() >= this.end) this.passed = true;
    return this.passed;
  }

  /** A source's files as listed until the deadline passes; a listing cut short is said (more files may exist). */
  listed<T>(files: Iterable<T>): T[] {
    const out: T[] = [];
    for (const f of files) {
      if (out.length && (out.length & 255) === 0 && this.expired()) {
        this.walkStopped = true;
        break;
      }
      out.push(f);
    }
    return out;
  }

  filesLeft(n: number): void {
    this.files += n;
  }

  sourceLeft(): void {
    this.sources++;
  }

  /** A source without a file list stopped mid-way: how much it still held is not known. */
  textsStopped(): void {
    this.walkStopped = true;
  }

  /** The resolve policy with the resolution deadline no later than the run's. */
  limitResolution<I extends { resolve: { deadlineMs?: number } }>(input: I): I {
    if (this.end === Infinity) return input;
    const left = Math.max(1000, this.end - Date.now());
    return left < (input.resolve.deadlineMs ?? Infinity) ? { ...input, resolve: { ...input.resolve, deadlineMs: left } } : input;
  }

  account(): DeadlineSummary {
    return { seconds: (this.ms ?? 0) / 1000, filesNotRead: this.files, sourcesNotRead: this.sources, walkStopped: this.walkStopped };
  }
}

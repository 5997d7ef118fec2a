// One batch of files read and detected, under the run's walk policy: what a worker thread does with each batch it
// is sent, and what the command's own thread does with those it takes itself (src/pipeline/pool.ts).
import { detectInput } from '../detect/parts.js';
import { Admission, emptySummary, PART_BYTES, PART_OVERLAP, type ReadBuffer, readTexts } from '../walk/index.js';
import type { Batch, BatchResult } from './pool.js';

/** Reads and detects `b`'s files, each text before the next file is read (`reuse`: one buffer serves them all). */
export function detectBatch(b: Batch, reuse: ReadBuffer): BatchResult {
  const summary = emptySummary('');
  const admit = new Admission(b.walk, summary);
  const out: BatchResult = { findings: [], filesRead: 0, bytesRead: 0, skips: [] };
  for (const f of b.files) {
    const before = { ...summary.skipped };
    const bytesSkipped = summary.bytesSkipped;
    const filesRead = summary.filesRead;
    for (const t of readTexts(f, admit, PART_BYTES, PART_OVERLAP, reuse)) for (const x of detectInput(t, b.environment)) out.findings.push(x);
    if (summary.filesRead === filesRead) {
      for (const k of Object.keys(before) as Array<keyof typeof before>) {
        if (summary.skipped[k] !== before[k]) out.skips.push({ reason: k, path: f.path, bytes: summary.bytesSkipped - bytesSkipped });
      }
    }
  }
  out.filesRead = summary.filesRead;
  out.bytesRead = summary.bytesRead;
  return out;
}

// A detection worker: reads the files of each batch it is sent, under the run's walk policy, and
// returns what it found and what it skipped.
import { parentPort } from 'node:worker_threads';
import { detectInput } from '../detect/parts.js';
import { prepareDetection } from '../detect/text.js';
import { Admission, emptySummary, PART_BYTES, PART_OVERLAP, ReadBuffer, readTexts } from '../walk/index.js';
import type { Batch, BatchResult } from './pool.js';

prepareDetection();
// Each text is detected before the next file is read: one buffer serves them all.
const reuse = new ReadBuffer();

parentPort!.on('message', (b: Batch) => {
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
  parentPort!.postMessage(out);
});

// A detection worker: reads the files of each batch it is sent, under the run's walk policy, and
// returns what it found and what it skipped.
import { parentPort } from 'node:worker_threads';
import { detectText } from '../detect/text.js';
import { Admission, emptySummary, readFile } from '../walk/index.js';
import type { Batch, BatchResult } from './pool.js';

parentPort!.on('message', (b: Batch) => {
  const summary = emptySummary('');
  const admit = new Admission(b.walk, summary);
  const out: BatchResult = { findings: [], filesRead: 0, bytesRead: 0, skips: [] };
  for (const f of b.files) {
    const before = { ...summary.skipped };
    const bytesSkipped = summary.bytesSkipped;
    const r = readFile(f, admit);
    if (r) out.findings.push(...detectText(r, b.environment));
    else {
      for (const k of Object.keys(before) as Array<keyof typeof before>) {
        if (summary.skipped[k] !== before[k]) out.skips.push({ reason: k, path: f.path, bytes: summary.bytesSkipped - bytesSkipped });
      }
    }
  }
  out.filesRead = summary.filesRead;
  out.bytesRead = summary.bytesRead;
  parentPort!.postMessage(out);
});

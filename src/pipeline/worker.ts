// A detection worker: reads the files of each batch it is sent, under the run's walk policy, and
// returns what it found and what it skipped.
import { parentPort } from 'node:worker_threads';
import { detectInput } from '../detect/parts.js';
import { Admission, emptySummary, readTexts } from '../walk/index.js';
import type { Batch, BatchResult } from './pool.js';

parentPort!.on('message', (b: Batch) => {
  const summary = emptySummary('');
  const admit = new Admission(b.walk, summary);
  const out: BatchResult = { findings: [], filesRead: 0, bytesRead: 0, skips: [] };
  for (const f of b.files) {
    const before = { ...summary.skipped };
    const bytesSkipped = summary.bytesSkipped;
    const filesRead = summary.filesRead;
    for (const t of readTexts(f, admit)) for (const x of detectInput(t, b.environment)) out.findings.push(x);
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

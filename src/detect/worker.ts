// A detection worker: reads the files of each batch it is sent and returns what it found.
import { parentPort } from 'node:worker_threads';
import { detectText } from './text.js';
import { emptySummary, readOne } from '../walk/index.js';
import type { Batch, BatchResult } from './pool.js';

parentPort!.on('message', (b: Batch) => {
  const summary = emptySummary('');
  const out: BatchResult = { findings: [], filesRead: 0, bytesRead: 0, skips: [] };
  for (const f of b.files) {
    const before = { ...summary.skipped };
    const bytesSkipped = summary.bytesSkipped;
    const r = readOne(f.abs, f.path, { maxFileSize: b.maxFileSize }, summary);
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

// A detection worker: reads the files of each batch it is sent, under the run's walk policy, and
// returns what it found and what it skipped.
import { parentPort } from 'node:worker_threads';
import { prepareDetection } from '../detect/text.js';
import { ReadBuffer } from '../walk/index.js';
import { detectBatch } from './batch.js';
import type { Batch } from './pool.js';

prepareDetection();
// Each text is detected before the next file is read: one buffer serves them all.
const reuse = new ReadBuffer();

parentPort!.on('message', (b: Batch) => parentPort!.postMessage(detectBatch(b, reuse)));

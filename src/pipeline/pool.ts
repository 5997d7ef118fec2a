// Detection across threads for large trees: the main thread walks, then reads and detects beside the workers.
// Used only from the compiled CLI (workers load .js) and above a file count where start-up pays off.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Finding, ScanSummary, SkipReason } from '../types.js';
import { skip, type FileEntry, type WalkPolicy } from '../walk/index.js';

export interface Batch {
  files: FileEntry[];
  environment?: string;
  walk: WalkPolicy;
}

export interface BatchResult {
  findings: Finding[];
  filesRead: number;
  bytesRead: number;
  skips: Array<{ reason: SkipReason; path: string; bytes: number }>;
}

export const canUseWorkers = () => import.meta.url.endsWith('.js');

/** How many threads detect in a large scan, this one among them (`ABR_WORKERS`; 0 or 1: this one alone). */
export function workerCount(env: NodeJS.ProcessEnv): number {
  if (env.ABR_WORKERS !== undefined && /^\d+$/.test(env.ABR_WORKERS)) return Number(env.ABR_WORKERS);
  return Math.min(4, availableParallelism());
}

/**
 * Set before the workers start, for the whole process (V8's flags are not per isolate). Each worker compiles the
 * detectors anew, and TurboFan's inlining made that compilation most of the scan's background CPU: each hot
 * function is compiled again after each deoptimisation as new paths warm up, inlined callees included (0.6 s
 * of CPU per isolate on the benchmark tree, `--trace-opt`), while the detection itself ran no faster with it
 * (main-thread CPU 2.49-2.64 s without, 2.53-2.61 s with). On 2 cores that compilation competes with the
 * workers: the tree's scan took 2.03 s with inlining and 1.70 s without (medians of 8, interleaved). Only
 * scans large enough for workers set it, and only in a process the command owns (`ownProcess`): a program that
 * embeds the library keeps its own V8 settings.
 */
export const WORKER_V8_FLAGS = '--no-turbo-inlining';

let owned = false;

/** Called by the command's entry (src/bin.ts): this process is the tool's, so worker scans may set WORKER_V8_FLAGS. */
export function ownProcess(): void {
  owned = true;
}

/**
 * Each worker's young generation, in MB. V8 sizes it from the machine and lets it grow with the work, so peak RSS
 * grew with the tree: 200, 265-277 and 293-298 MiB for the benchmark tree, twice and four times it. At 12 MB:
 * 191, 222-226 and 239-256 MiB, in the same time within this machine's noise (interleaved medians of 7: 1.95 s
 * default, 2.09 s at 12, minima 1.69 and 1.72 s). Objects that outlive it are promoted, as before: a limit on
 * the young generation cannot end a worker the way an old-generation limit would.
 */
export const WORKER_YOUNG_MB = 12;

/** Worker threads started ahead of their batches (they load the detectors meanwhile); `close` ends them. */
export interface Pool {
  workers: Worker[];
  /** Batches each worker was sent and has not answered (`post`: sent while the listing goes on). */
  inFlight: number[];
  /** Sends `b` to the worker with the fewest batches in flight, if it has fewer than `EARLY`; false when none has. */
  post(b: Batch): boolean;
  close(): Promise<void>;
}

/**
 * Batches a worker may hold while this thread still lists the tree (and reads none of the answers): the worker
 * starts on the files listed first, and the batches stay few enough that no thread is left with a long tail.
 */
const EARLY = 4;

/** `n` new workers. worker_threads loads here, not with the pipeline (a small scan runs in-process and never needs it). */
function newWorkers(n: number): Worker[] {
  if (n <= 0) return [];
  const require = createRequire(import.meta.url);
  const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
  if (owned) (require('node:v8') as typeof import('node:v8')).setFlagsFromString(WORKER_V8_FLAGS);
  return Array.from({ length: n }, () => new Worker(new URL('./worker.js', import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } }));
}

/** Starts `n` workers now, synchronously: the walk that goes on meanwhile never yields to the event loop. */
export function startWorkers(n: number): Pool {
  const workers = newWorkers(n);
  const inFlight = workers.map(() => 0);
  const post = (b: Batch) => {
    const i = inFlight.indexOf(Math.min(...inFlight));
    if (inFlight[i] >= EARLY) return false;
    inFlight[i]++;
    workers[i].postMessage(b);
    return true;
  };
  return { workers, inFlight, post, close: async () => void (await Promise.all(workers.map((w) => w.terminate()))) };
}

/**
 * Batches sent ahead to each worker: one in hand and one waiting, so a worker never waits for the command's thread,
 * which answers only between batches of its own.
 */
const AHEAD = 2;

/**
 * Runs every batch on the pool's workers and, with `local`, on this thread too, then closes the pool; merges counts
 * into `summary` and returns the findings. `stop` is asked before each batch is taken; once it says so, the batches
 * not taken stay in `batches` (the caller counts them).
 */
export async function detectInWorkers(batches: Batch[], pool: Pool, summary: ScanSummary, onBatch?: () => void, stop?: () => boolean, local?: (b: Batch) => BatchResult): Promise<Finding[]> {
  const findings: Finding[] = [];
  const merge = (r: BatchResult) => {
    findings.push(...r.findings);
    summary.filesRead += r.filesRead;
    summary.bytesRead += r.bytesRead;
    for (const s of r.skips) skip(summary, s.reason, s.path, s.bytes);
    onBatch?.();
  };
  const next = () => (stop?.() ? undefined : batches.shift());
  try {
    await Promise.all([
      ...pool.workers.map(
        (w, i) =>
          new Promise<void>((resolve, reject) => {
            let pending = pool.inFlight[i];
            const take = () => {
              const b = next();
              if (b) {
                pending++;
                w.postMessage(b);
              }
            };
            w.on('message', (r: BatchResult) => {
              pending--;
              merge(r);
              take();
              if (pending === 0) resolve();
            });
            w.on('error', reject);
            for (let i = 0; i < AHEAD; i++) take();
            if (pending === 0) resolve();
          }),
      ),
      (async () => {
        if (!local) return;
        for (;;) {
          // Between batches of its own, the workers' results come in and their next batches go out.
          await new Promise((r) => setImmediate(r));
          const b = next();
          if (!b) return;
          merge(local(b));
        }
      })(),
    ]);
  } finally {
    await pool.close();
  }
  return findings;
}

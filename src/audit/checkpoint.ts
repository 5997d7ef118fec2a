// The checkpoint: which repositories are finished and what they held (no secret: fingerprints,
// previews, scopes). Written atomically — a temporary file in the same folder, flushed, then renamed
// over the old one — so a kill at any instant leaves either the previous checkpoint or the new one.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import type { AuditState, Shard } from './types.js';

export function auditKey(k: { org: string; api: string; shard: Shard | null; includeArchived: boolean; includeForks: boolean; repos: string[]; topics: string[]; offline: boolean }): string {
  return JSON.stringify({
    org: k.org.toLowerCase(),
    api: k.api,
    shard: k.shard ? `${k.shard.index}/${k.shard.count}` : null,
    archived: k.includeArchived,
    forks: k.includeForks,
    repos: [...k.repos].sort(),
    topics: [...k.topics].map((t) => t.toLowerCase()).sort(),
    offline: k.offline,
  });
}

export function emptyState(key: string, org: string, shard: Shard | null): AuditState {
  return { version: 1, key, org, shard, repositories: {}, scopes: {}, attempted: 0 };
}

/** The checkpoint at `path` for this audit, or a fresh state. A checkpoint of another audit is a usage error. */
export function loadCheckpoint(path: string, key: string, org: string, shard: Shard | null): { state: AuditState; resumed: boolean } {
  removeStaleTemporaries(path);
  if (!existsSync(path)) return { state: emptyState(key, org, shard), resumed: false };
  let state: AuditState;
  try {
    state = JSON.parse(readFileSync(path, 'utf8')) as AuditState;
  } catch (err) {
    throw new UsageError(`${path} is not a checkpoint (${(err as Error).message})`, 'delete it to start the audit over');
  }
  if (state?.version !== 1 || typeof state.repositories !== 'object') throw new UsageError(`${path} is not a checkpoint of this version`, 'delete it to start the audit over');
  if (state.key !== key) throw new UsageError(`${path} belongs to another audit (a different organisation, shard, filter or --offline)`, 'use another --checkpoint, or delete it to start over');
  state.scopes ??= {};
  state.attempted ??= 0;
  return { state, resumed: true };
}

const temporary = (path: string) => `${path}.${process.pid}.tmp`;

/** Temporaries of `path` left by a run killed mid-write: never read, removed. */
function removeStaleTemporaries(path: string): void {
  const dir = dirname(path);
  if (!existsSync(dir)) return;
  const prefix = basename(path) + '.';
  for (const name of readdirSync(dir)) if (name.startsWith(prefix) && TEMPORARY.test(name)) rmSync(join(dir, name), { force: true });
}

const TEMPORARY = /\.\d+\.tmp$/;

/** Every temporary under `dir` (SARIF files of a killed run), removed. */
export function removeTemporariesUnder(dir: string): void {
  if (!existsSync(dir)) return;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) removeTemporariesUnder(p);
    else if (TEMPORARY.test(e.name)) rmSync(p, { force: true });
  }
}

/**
 * Writes the checkpoint atomically. `ABR_TEST_SLOW_CHECKPOINT_WRITE_MS` (tests only) pauses halfway
 * through the temporary file so a test can kill the process mid-write.
 */
export function saveCheckpoint(path: string, state: AuditState, env: NodeJS.ProcessEnv = {}): void {
  writeAtomic(path, JSON.stringify(state), { durable: true, pauseMs: Number(env.ABR_TEST_SLOW_CHECKPOINT_WRITE_MS) || 0 });
}

/**
 * Temporary file + rename: readers see the old file or the new one, never half of one. `durable`
 * also flushes to disk (the checkpoint: it must outlive a machine crash); reports and SARIF need only
 * outlive a killed process, which the page cache already does.
 */
export function writeAtomic(path: string, text: string, { durable = false, pauseMs = 0 } = {}): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = temporary(path);
  const buf = Buffer.from(text);
  const fd = openSync(tmp, 'w');
  try {
    const half = pauseMs ? buf.length >> 1 : buf.length;
    writeAll(fd, buf.subarray(0, half));
    if (pauseMs) {
      fsyncSync(fd);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, pauseMs);
      writeAll(fd, buf.subarray(half));
    }
    if (durable) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

function writeAll(fd: number, buf: Buffer): void {
  for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off, buf.length - off);
}

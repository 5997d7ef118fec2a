// The checkpoint: which repositories are finished and what they held (no secret: fingerprints,
// previews, scopes). Two files:
// - `checkpoint.json`, the snapshot, only ever replaced atomically — a temporary file in the same
//   folder, flushed, then renamed over the old one — so a kill at any instant leaves the old snapshot
//   or the new one, never half of one;
// - `checkpoint.json.journal`, one line appended (and flushed) per finished repository, so finishing
//   a repository costs one line, not a rewrite of everything (a 5,000-repository audit would otherwise
//   write gigabytes). A line torn by a kill is ignored; replaying a line twice changes nothing. When the
//   journal outgrows the snapshot it is folded into a new snapshot and removed.
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

interface JournalLine {
  repository: AuditState['repositories'][string];
  scopes: AuditState['scopes'];
  attempted: number;
}

export class Checkpoint {
  private journalBytes = 0;
  private snapshotBytes = 0;
  constructor(
    readonly path: string,
    private readonly env: NodeJS.ProcessEnv = {},
  ) {}

  get journal(): string {
    return `${this.path}.journal`;
  }

  /** The state of this audit (snapshot + journal), or a fresh one; folded into a new snapshot at once. A checkpoint of another audit is a usage error. */
  load(key: string, org: string, shard: Shard | null): { state: AuditState; resumed: boolean } {
    removeStaleTemporaries(this.path);
    let state = emptyState(key, org, shard);
    let resumed = false;
    if (existsSync(this.path)) {
      try {
        state = JSON.parse(readFileSync(this.path, 'utf8')) as AuditState;
      } catch (err) {
        throw new UsageError(`${this.path} is not a checkpoint (${(err as Error).message})`, 'delete it to start the audit over');
      }
      if (state?.version !== 1 || typeof state.repositories !== 'object') throw new UsageError(`${this.path} is not a checkpoint of this version`, 'delete it to start the audit over');
      if (state.key !== key)
        throw new UsageError(`${this.path} belongs to another audit (a different organisation, shard, filter or --offline)`, 'use another --checkpoint, or delete it to start over');
      state.scopes ??= {};
      state.attempted ??= 0;
      resumed = true;
      if (existsSync(this.journal)) replay(state, readFileSync(this.journal, 'utf8'));
    }
    // A journal without its snapshot belongs to nothing (the snapshot is always written first).
    this.compact(state);
    return { state, resumed };
  }

  /** Records one finished repository (already in `state`): a journal line, flushed. */
  record(state: AuditState, repository: JournalLine['repository']): void {
    const fps = new Set(repository.occurrences.map((o) => o.fingerprint));
    const line: JournalLine = { repository, scopes: Object.fromEntries(Object.entries(state.scopes).filter(([fp]) => fps.has(fp))), attempted: state.attempted };
    const buf = Buffer.from(JSON.stringify(line) + '\n');
    const fd = openSync(this.journal, 'a');
    try {
      writeAll(fd, buf);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    this.journalBytes += buf.length;
    if (this.journalBytes > Math.max(1024 * 1024, 2 * this.snapshotBytes)) this.compact(state);
  }

  /** Everything into a new snapshot (atomically), then the journal removed: replaying it again would change nothing. */
  compact(state: AuditState): void {
    const text = JSON.stringify(state);
    writeAtomic(this.path, text, { durable: true, pauseMs: Number(this.env.ABR_TEST_SLOW_CHECKPOINT_WRITE_MS) || 0 });
    rmSync(this.journal, { force: true });
    this.snapshotBytes = text.length;
    this.journalBytes = 0;
  }
}

/** Applies each complete journal line; a line cut short by a kill ends the replay. */
export function replay(state: AuditState, journal: string): number {
  let applied = 0;
  const lines = journal.split('\n');
  // The text after the last newline is a line still being written when the process died.
  for (const text of lines.slice(0, -1)) {
    let line: JournalLine;
    try {
      line = JSON.parse(text) as JournalLine;
    } catch {
      break;
    }
    if (!line?.repository?.fullName) break;
    state.repositories[line.repository.fullName] = line.repository;
    Object.assign(state.scopes, line.scopes);
    state.attempted = Math.max(state.attempted, line.attempted ?? 0);
    applied++;
  }
  return applied;
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

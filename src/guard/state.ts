// The guard's own files, outside every workspace: the decision log (JSON lines, redacted), the per-file
// verdict cache, the workspace index, pending holds and single-use approvals.
//
// Location: $ABR_GUARD_STATE_DIR, else $XDG_STATE_HOME/agent-blast-radius/guard, else
// ~/.local/state/agent-blast-radius/guard.
import { appendFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { sha256Hex } from './sha256.js';

export function stateDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.ABR_GUARD_STATE_DIR) return env.ABR_GUARD_STATE_DIR;
  const base = env.XDG_STATE_HOME || join(env.HOME || homedir(), '.local', 'state');
  return join(base, 'agent-blast-radius', 'guard');
}

/** Hex SHA-256 of a path or a command (src/guard/sha256.ts: the hook does not load node:crypto). */
export const sha256 = sha256Hex;

function ensure(dir: string): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

let written = 0;

/** Writes through a temporary file and a rename, so a reader never sees half a file. */
function writeAtomic(path: string, text: string): void {
  // Unique among this process's writes (the pid keeps processes apart); it need not be unpredictable.
  const tmp = `${path}.${process.pid}.${(++written).toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`;
  writeFileSync(tmp, text, { mode: 0o600 });
  renameSync(tmp, path);
}

function readJson<T>(path: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

// ── decision log ────────────────────────────────────────────────────────────────────────────────

/** One decision, as logged: never the command text or a secret, only what the guard named. */
export interface LoggedDecision {
  time: string;
  agent: string;
  tool: string;
  decision: 'allow' | 'deny' | 'ask';
  rule?: string;
  file?: string;
  primitive?: string;
  reason?: string;
}

export function logDecision(dir: string, d: LoggedDecision): void {
  appendFileSync(join(ensure(dir), 'decisions.jsonl'), `${JSON.stringify(d)}\n`, { mode: 0o600 });
}

export function lastDecisions(dir: string, n: number): LoggedDecision[] {
  let text: string;
  try {
    text = readFileSync(join(dir, 'decisions.jsonl'), 'utf8');
  } catch {
    return [];
  }
  const out: LoggedDecision[] = [];
  for (const line of text.trim().split('\n').slice(-n)) {
    try {
      out.push(JSON.parse(line) as LoggedDecision);
    } catch {
      // a torn line from a concurrent writer: skipped
    }
  }
  return out;
}

// ── file verdicts ───────────────────────────────────────────────────────────────────────────────

/** What the scan says about one file: the ABR001/ABR002/ABR004 credentials in it, without their values. */
export interface FileVerdict {
  mtimeMs: number;
  size: number;
  dangers: Danger[];
}

export interface Danger {
  rule: string;
  provider: string;
  tokenKind: string;
  line: number;
  variable?: string;
  fix: string;
}

export function cachedVerdict(dir: string, path: string, mtimeMs: number, size: number): FileVerdict | undefined {
  const v = readJson<FileVerdict>(join(dir, 'cache', `${sha256(path)}.json`));
  return v && v.mtimeMs === mtimeMs && v.size === size ? v : undefined;
}

export function storeVerdict(dir: string, path: string, v: FileVerdict): void {
  writeAtomic(join(ensure(join(dir, 'cache')), `${sha256(path)}.json`), JSON.stringify(v));
}

/** The workspace index written by `guard install`: which files hold dangerous credentials, for folder-wide reads. */
export interface WorkspaceIndex {
  root: string;
  time: string;
  files: Record<string, Danger[]>;
  /** Paths in the git history (removed files included) whose blobs hold dangerous credentials. */
  history?: Record<string, Danger[]>;
}

export function readIndex(dir: string, root: string): WorkspaceIndex | undefined {
  return readJson<WorkspaceIndex>(join(dir, 'index', `${sha256(root)}.json`));
}

export function writeIndex(dir: string, index: WorkspaceIndex): void {
  writeAtomic(join(ensure(join(dir, 'index')), `${sha256(index.root)}.json`), JSON.stringify(index));
}

export function allIndexes(dir: string): WorkspaceIndex[] {
  try {
    return readdirSync(join(dir, 'index')).flatMap((f) => readJson<WorkspaceIndex>(join(dir, 'index', f)) ?? []);
  } catch {
    return [];
  }
}

// ── holds and approvals ─────────────────────────────────────────────────────────────────────────

/** Approvals and holds last this long. */
export const APPROVAL_TTL_MS = 10 * 60 * 1000;

/** A call the guard refused pending a human: what `guard approve CODE` looks up. */
export interface Pending {
  code: string;
  hash: string;
  agent: string;
  primitive: string;
  /** The command with every detected credential replaced by its preview. */
  summary: string;
  created: number;
}

/** The code a human types: short, derived from the command's hash so the same call always shows the same one. */
export const codeOf = (hash: string) => hash.slice(0, 8).toUpperCase();

export function writePending(dir: string, p: Pending): void {
  writeAtomic(join(ensure(join(dir, 'pending')), `${p.code}.json`), JSON.stringify(p));
}

export function listPending(dir: string, now = Date.now()): Pending[] {
  let names: string[];
  try {
    names = readdirSync(join(dir, 'pending'));
  } catch {
    return [];
  }
  return names
    .flatMap((f) => readJson<Pending>(join(dir, 'pending', f)) ?? [])
    .filter((p) => now - p.created < APPROVAL_TTL_MS)
    .sort((a, b) => b.created - a.created);
}

export function readPending(dir: string, code: string): Pending | undefined {
  if (!/^[0-9A-F]{8}$/i.test(code)) return undefined;
  return readJson<Pending>(join(dir, 'pending', `${code.toUpperCase()}.json`));
}

/** A human's approval of one exact command, by hash: used once, or gone after APPROVAL_TTL_MS. */
export function writeApproval(dir: string, hash: string, now = Date.now()): void {
  writeAtomic(join(ensure(join(dir, 'approvals')), `${hash}.json`), JSON.stringify({ hash, expires: now + APPROVAL_TTL_MS }));
  rmSync(join(dir, 'pending', `${codeOf(hash)}.json`), { force: true });
}

/** Takes the approval for this hash if there is a live one: the rename makes it single-use even under races. */
export function consumeApproval(dir: string, hash: string, now = Date.now()): boolean {
  const path = join(dir, 'approvals', `${hash}.json`);
  const taken = `${path}.${process.pid}.used`;
  try {
    renameSync(path, taken);
  } catch {
    return false;
  }
  const a = readJson<{ expires: number }>(taken);
  rmSync(taken, { force: true });
  return Boolean(a && a.expires > now);
}

export function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

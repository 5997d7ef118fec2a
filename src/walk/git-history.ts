// The workspace's git history as a source: what `git log -p` and `git show` put in front of an agent.
// A token removed with `git rm` is still one command away. Each unique blob is read once and reported
// at the commit and path where it first appeared; a blob that is the working-tree file at a path it had
// is left to the workspace source (one credential, read once). Work is bounded by a number of blobs, of
// bytes and a time budget, and what was left is said in the summary.
//
// It runs the `git` that is installed (child_process, plumbing commands only): every machine that has a
// `.git` worth reading has git, it reads every object format, pack and worktree layout git itself
// does, and it streams. A JavaScript implementation would have to match all of that and be kept current.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import type { Readable } from 'node:stream';
import type { HistorySummary, TextInput } from '../types.js';
import { nameText, type Source } from './index.js';
import type { Admission } from './policy.js';

/** How much history one scan reads at most; what is left is counted and said. */
export interface HistoryLimits {
  /** Unique blobs read. */
  maxBlobs: number;
  /** Bytes of blobs read. */
  maxBytes: number;
  /** Wall time for listing, hashing and reading, in milliseconds. */
  timeoutMs: number;
}

export const DEFAULT_HISTORY: HistoryLimits = { maxBlobs: 20_000, maxBytes: 200 * 1024 * 1024, timeoutMs: 30_000 };

/** Variables that would point git at another repository than the workspace's own. */
const REDIRECTS = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_ALTERNATE_OBJECT_DIRECTORIES', 'GIT_COMMON_DIR', 'GIT_NAMESPACE', 'GIT_CEILING_DIRECTORIES'];

/** A path as shown, and its bytes when they are not valid UTF-8 (`path` then shows `\xNN`). */
interface Place {
  path: string;
  raw?: Buffer;
}

interface Blob extends Place {
  /** The oldest commit seen holding it, at `path`. */
  commit: string;
  /** Every path it had (usually one): the working tree may hold it at any of them. */
  places: Place[];
}

/** The history of the git repository at `root` (only a `.git` in the root itself: a workspace inside another repository is not that repository). */
export function gitHistorySource(root: string, limits: HistoryLimits = DEFAULT_HISTORY): Source {
  return {
    texts: (admit) => readHistory(root, limits, admit),
  };
}

async function* readHistory(root: string, limits: HistoryLimits, admit: Admission): AsyncGenerator<TextInput> {
  try {
    lstatSync(join(root, '.git'));
  } catch {
    return; // No repository: nothing to say (most workspaces, every tarball).
  }
  const deadline = Date.now() + limits.timeoutMs;
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_CEILING_DIRECTORIES: dirname(root), GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GIT_NO_LAZY_FETCH: '1', LC_ALL: 'C' };
  for (const v of REDIRECTS) if (v !== 'GIT_CEILING_DIRECTORIES') delete env[v];
  // Plumbing only; an fsmonitor hook of the repository's config is never started.
  const pre = ['-C', root, '-c', 'core.fsmonitor=false'];
  const git = (args: string[]) => spawnSync('git', [...pre, ...args], { env, encoding: 'utf8', maxBuffer: 1024 * 1024 });

  const summary: HistorySummary = { commits: 0, blobs: 0, read: 0, bytesRead: 0, inWorkingTree: 0, left: 0 };
  admit.summary.history = summary;
  const probe = git(['rev-parse', '--show-toplevel', '--show-object-format']);
  if (probe.error) {
    summary.unavailable = (probe.error as NodeJS.ErrnoException).code === 'ENOENT' ? 'git is not installed' : `git did not run (${(probe.error as NodeJS.ErrnoException).code ?? 'error'})`;
    return;
  }
  const [top, format] = probe.stdout.split('\n');
  if (probe.status !== 0 || !top || !samePath(top, root)) {
    if (/dubious ownership/.test(probe.stderr)) {
      summary.unavailable = "git refused the repository: it belongs to another user (git's safe.directory)";
      return;
    }
    summary.unavailable = '.git is not a git repository';
    admit.count('unreadable', '.git/');
    return;
  }
  // A partial clone fetches a missing blob from its remote when asked for it: the scan would reach the network.
  if (git(['config', '--get', 'extensions.partialclone']).status === 0) {
    summary.unavailable = 'a partial clone: reading its history would fetch blobs from the remote';
    return;
  }

  const children: ChildProcessWithoutNullStreams[] = [];
  const start = (args: string[]) => {
    const c = spawn('git', [...pre, ...args], { env, stdio: 'pipe' });
    c.on('error', () => {});
    c.stdin.on('error', () => {});
    children.push(c);
    return c;
  };
  try {
    const blobs = await listBlobs(start, deadline, summary, admit);
    summary.blobs = blobs.size;

    const candidates: Array<{ sha: string; blob: Blob }> = [];
    for (const [sha, blob] of blobs) if (admit.ancestors(blob.path) && admit.path(blob.path)) candidates.push({ sha, blob });
    const chosen = await choose(candidates, workingTree(root, format === 'sha256' ? 'sha256' : 'sha1'), limits, start, deadline, summary, admit);

    if (!chosen.length) return;
    const reader = start(['cat-file', '--batch']);
    reader.stdin.end(chosen.map((c) => c.sha).join('\n') + '\n');
    let i = 0;
    for await (const obj of batchObjects(reader.stdout)) {
      const { blob } = chosen[i++];
      if (obj.bytes === undefined) {
        admit.count('unreadable', placeLabel(blob));
        continue;
      }
      if (!admit.content(placeLabel(blob), obj.bytes, false)) continue;
      summary.read++;
      summary.bytesRead += obj.bytes.length;
      yield { source: { path: blob.path, origin: 'git-history', commit: blob.commit.slice(0, 12), removed: !exists(root, blob) }, bytes: obj.bytes };
      if (Date.now() > deadline && i < chosen.length) {
        summary.left += chosen.length - i;
        summary.limit = 'time';
        break;
      }
      if (i === chosen.length) break;
    }
  } finally {
    for (const c of children) if (c.exitCode === null) c.kill();
  }
}

/**
 * Every blob of a regular file in every commit of every ref (notes aside), newest commit first, keeping
 * for each the oldest place seen: its first appearance. `--raw` lists a commit's changed paths, so a
 * blob kept unchanged through many commits is seen once, where it was added.
 */
async function listBlobs(start: (args: string[]) => ChildProcessWithoutNullStreams, deadline: number, summary: HistorySummary, admit: Admission): Promise<Map<string, Blob>> {
  const blobs = new Map<string, Blob>();
  const symlinks = new Set<string>();
  const log = start([
    'log',
    '--exclude=refs/notes/*',
    '--all',
    '--format=%x01%H',
    '--raw',
    '--no-renames',
    '--no-abbrev',
    '-z',
    '--root',
    '--diff-merges=first-parent',
    '--no-textconv',
    '--no-ext-diff',
  ]);
  let stderr = '';
  log.stderr.on('data', (d: Buffer) => {
    if (stderr.length < 4096) stderr += d.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) => log.on('close', (code) => resolve(code)));
  let commit = '';
  let meta: string[] | undefined;
  listing: for await (const tokens of nulTokens(log.stdout))
    for (const token of tokens) {
      let k = token[0] === 0x0a ? 1 : 0;
      if (k >= token.length) continue;
      if (meta) {
        // `:oldmode newmode oldsha newsha status`, then the path.
        const [, mode, , sha, status] = meta;
        meta = undefined;
        if (status.startsWith('D')) continue;
        const { name: path, exact } = nameText(token.subarray(k));
        if (mode === '120000') {
          if (!symlinks.has(sha)) {
            symlinks.add(sha);
            admit.count('symlink', `${path} (history: ${commit.slice(0, 12)})`);
          }
          continue;
        }
        if (mode !== '100644' && mode !== '100755') continue; // a submodule's commit, not a file
        const place: Place = exact ? { path } : { path, raw: Buffer.from(token.subarray(k)) };
        const blob = blobs.get(sha);
        if (!blob) blobs.set(sha, { ...place, commit, places: [place] });
        else {
          Object.assign(blob, { raw: undefined }, place, { commit });
          if (!blob.places.some((p) => p.path === path)) blob.places.push(place);
        }
        continue;
      }
      if (token[k] === 0x01) {
        commit = token.toString('latin1', k + 1);
        summary.commits++;
        if (Date.now() > deadline) {
          summary.partial = true;
          summary.limit = 'time';
          summary.commits--;
          log.kill();
          break listing;
        }
      } else if (token[k] === 0x3a) {
        k++;
        meta = token.toString('latin1', k).split(' ');
      }
    }
  // A git too old for an option, a corrupt pack: what was listed is read, and the failure is said.
  if (!summary.partial && (await exited) !== 0) summary.unavailable = `git log failed: ${stderr.split('\n')[0].trim() || 'no reason given'}`;
  return blobs;
}

/**
 * The candidates to read, in listing order: each blob's size comes from `git cat-file --batch-check`; a
 * blob over the size limit is counted, one that is the working-tree file at a path it had is left to the
 * workspace source, and the rest are taken while the budgets last (what is left is counted).
 */
async function choose(
  candidates: Array<{ sha: string; blob: Blob }>,
  workingSha: (p: Place, size: number) => string | undefined,
  limits: HistoryLimits,
  start: (args: string[]) => ChildProcessWithoutNullStreams,
  deadline: number,
  summary: HistorySummary,
  admit: Admission,
): Promise<Array<{ sha: string; blob: Blob }>> {
  const chosen: Array<{ sha: string; blob: Blob }> = [];
  if (!candidates.length) return chosen;
  const check = start(['cat-file', '--batch-check=%(objectname) %(objectsize)']);
  check.stdin.end(candidates.map((c) => c.sha).join('\n') + '\n');
  let bytes = 0;
  let i = 0;
  for await (const line of lines(check.stdout)) {
    const c = candidates[i++];
    const size = Number(line.split(' ')[1]);
    if (!Number.isFinite(size)) admit.count('unreadable', placeLabel(c.blob));
    else if (c.blob.places.some((p) => workingSha(p, size) === c.sha)) summary.inWorkingTree++;
    else if (size > admit.policy.maxFileSize) admit.count('too-large', placeLabel(c.blob), size);
    else {
      const limit = chosen.length >= limits.maxBlobs ? 'blobs' : bytes + size > limits.maxBytes ? 'bytes' : Date.now() > deadline ? 'time' : undefined;
      if (limit) {
        summary.limit = limit;
        summary.left += candidates.length - i + 1;
        break;
      }
      bytes += size;
      chosen.push(c);
    }
    if (i === candidates.length) break;
  }
  return chosen;
}

/**
 * The git blob id of the working-tree file at a place, when it is a regular file of `size` bytes (a file of
 * another size cannot be that blob, and is not read); cached per path.
 */
function workingTree(root: string, algorithm: string): (p: Place, size: number) => string | undefined {
  const files = new Map<string, { abs: string | Buffer; size?: number; sha?: string }>();
  return (p, size) => {
    let f = files.get(p.path);
    if (!f) {
      f = { abs: p.raw ? Buffer.concat([Buffer.from(root + sep), p.raw]) : join(root, p.path) };
      try {
        const st = lstatSync(f.abs);
        if (st.isFile()) f.size = st.size;
      } catch {
        // Gone from the working tree, or unreachable there: its blobs are history's to report.
      }
      files.set(p.path, f);
    }
    if (f.size !== size) return undefined;
    if (f.sha === undefined) {
      try {
        const bytes = readFileSync(f.abs);
        f.sha = createHash(algorithm).update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
      } catch {
        f.size = undefined;
        return undefined;
      }
    }
    return f.sha;
  };
}

/** How a history place reads in the summary's examples of skipped texts. */
const placeLabel = (b: Blob) => `${b.path} (history: ${b.commit.slice(0, 12)})`;

function exists(root: string, b: Blob): boolean {
  try {
    lstatSync(b.raw ? Buffer.concat([Buffer.from(root + sep), b.raw]) : join(root, b.path));
    return true;
  } catch {
    return false;
  }
}

function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/** A stream cut at NUL bytes, a chunk's worth of tokens at a time. */
async function* nulTokens(stream: Readable): AsyncGenerator<Buffer[]> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let buf = rest.length ? Buffer.concat([rest, chunk]) : chunk;
    const tokens: Buffer[] = [];
    let at: number;
    while ((at = buf.indexOf(0)) >= 0) {
      tokens.push(buf.subarray(0, at));
      buf = buf.subarray(at + 1);
    }
    rest = Buffer.from(buf);
    yield tokens;
  }
  if (rest.length) yield [rest];
}

async function* lines(stream: Readable): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const parts = (rest + chunk.toString('latin1')).split('\n');
    rest = parts.pop()!;
    yield* parts;
  }
  if (rest) yield rest;
}

/** `git cat-file --batch` output: a header line `<sha> <type> <size>` then the content and a newline, or `<sha> missing`. */
async function* batchObjects(stream: Readable): AsyncGenerator<{ sha: string; bytes?: Buffer }> {
  const chunks: Buffer[] = [];
  let have = 0;
  const take = (n: number): Buffer => {
    const all = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, have);
    const head = all.subarray(0, n);
    const tail = all.subarray(n);
    chunks.length = 0;
    have = tail.length;
    if (have) chunks.push(tail);
    return head;
  };
  let header: string[] | undefined;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    have += chunk.length;
    for (;;) {
      if (!header) {
        const nl = chunks.length === 1 ? chunks[0].indexOf(0x0a) : Buffer.concat(chunks, have).indexOf(0x0a);
        if (nl < 0) break;
        header = take(nl + 1)
          .toString('latin1')
          .trimEnd()
          .split(' ');
        if (header.length < 3) {
          yield { sha: header[0] };
          header = undefined;
          continue;
        }
      }
      const size = Number(header[2]);
      if (have < size + 1) break;
      const bytes = Buffer.from(take(size + 1).subarray(0, size));
      yield { sha: header[0], bytes };
      header = undefined;
    }
  }
}

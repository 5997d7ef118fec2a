// The agent-readable file set: everything under the root an agent's file tools would open —
// gitignored .env files, dotfiles, .git/config — not the git-tracked set. Dependency folders,
// binaries and oversized files are skipped and counted, never silently dropped.
import { lstatSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import type { ScanSummary, SkipReason, Source } from '../types.js';

/** Dependency and build output folders, skipped by default (`--no-default-excludes` reads them). */
export const DEPENDENCY_DIRS = new Set([
  'node_modules', 'bower_components', 'jspm_packages', '.venv', 'venv', '.tox', '__pycache__', '.mypy_cache', '.pytest_cache',
  'vendor', 'Pods', 'Carthage', 'dist', 'build', 'out', 'target', '.next', '.nuxt', '.svelte-kit', '.turbo', '.parcel-cache',
  '.gradle', '.terraform', 'coverage', '.yarn', '.pnpm-store', '.cache',
]);

// Extensions that are binary by definition: skipped without reading.
export const BINARY_EXT = /\.(?:png|jpe?g|gif|bmp|ico|webp|avif|tiff?|psd|pdf|zip|gz|tgz|bz2|xz|zst|7z|rar|tar|jar|war|ear|class|so|dylib|dll|exe|bin|o|a|lib|obj|pyc|pyo|whl|woff2?|ttf|otf|eot|mp[34]|m4a|mov|avi|mkv|webm|wav|flac|ogg|wasm|node|sqlite3?|db|parquet|npy|pt|onnx|DS_Store)$/i;

export interface WalkOptions {
  root: string;
  /** Glob patterns (relative to the root) to skip, from --exclude and the config file. */
  excludes: string[];
  defaultExcludes: boolean;
  maxFileSize: number;
}

/** One readable text: a file's bytes (decoded only if a keyword occurs), or a string (an environment variable). */
export interface ReadText {
  source: Source;
  text?: string;
  bytes?: Buffer;
}

export function emptySummary(root: string): ScanSummary {
  return {
    root,
    filesRead: 0,
    bytesRead: 0,
    skipped: { binary: 0, 'too-large': 0, 'dependency-folder': 0, unreadable: 0, excluded: 0, symlink: 0 },
    bytesSkipped: 0,
    skippedExamples: {},
    findings: 0,
    secrets: 0,
    revoked: 0,
    byRule: {},
    resolution: 'offline',
  };
}

export function skip(summary: ScanSummary, reason: SkipReason, path: string, bytes = 0): void {
  summary.skipped[reason]++;
  summary.bytesSkipped += bytes;
  const ex = (summary.skippedExamples[reason] ??= []);
  if (ex.length < 5) ex.push(path);
}

const toPosix = (p: string) => (sep === '/' ? p : p.split(sep).join('/'));

export interface FileEntry {
  abs: string;
  path: string;
}

/** Yields each readable text file under the root, recording every skip in `summary`. */
export function* walkWorkspace(opts: WalkOptions, summary: ScanSummary): Generator<ReadText> {
  for (const e of listWorkspace(opts, summary)) {
    const r = readOne(e.abs, e.path, opts, summary);
    if (r) yield r;
  }
}

/** The files under the root an agent can open, without reading them; folder-level skips are recorded. */
export function* listWorkspace(opts: WalkOptions, summary: ScanSummary): Generator<FileEntry> {
  const excluded = opts.excludes.length ? picomatch(opts.excludes, { dot: true }) : () => false;
  const stack: string[] = [opts.root];
  while (stack.length) {
    const dir = stack.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      skip(summary, 'unreadable', toPosix(relative(opts.root, dir)) + '/');
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? 1 : -1));
    for (const e of entries) {
      const abs = join(dir, e.name);
      const rel = toPosix(relative(opts.root, abs));
      if (e.isDirectory()) {
        if (e.name === '.git') {
          // Git's object store is not what an agent greps; its config holds remote URLs and extraheaders.
          yield { abs: join(abs, 'config'), path: `${rel}/config` };
          continue;
        }
        if (excluded(rel) || excluded(rel + '/')) {
          skip(summary, 'excluded', rel + '/');
          continue;
        }
        if (opts.defaultExcludes && DEPENDENCY_DIRS.has(e.name)) {
          skip(summary, 'dependency-folder', rel + '/');
          continue;
        }
        stack.push(abs);
      } else if (e.isFile()) {
        if (excluded(rel)) {
          skip(summary, 'excluded', rel);
          continue;
        }
        yield { abs, path: rel };
      } else if (e.isSymbolicLink()) {
        skip(summary, 'symlink', rel);
      }
    }
  }
}

/** Reads one file as text, or records why not. Binary: a known binary extension or a NUL byte in the first 8 KiB. */
export function readOne(abs: string, path: string, opts: Pick<WalkOptions, 'maxFileSize'>, summary: ScanSummary, origin: Source['origin'] = 'workspace'): ReadText | undefined {
  if (BINARY_EXT.test(path)) {
    skip(summary, 'binary', path);
    return undefined;
  }
  let buf: Buffer;
  try {
    const st = lstatSync(abs);
    if (!st.isFile()) return undefined;
    if (st.size > opts.maxFileSize) {
      skip(summary, 'too-large', path, st.size);
      return undefined;
    }
    buf = readFileSync(abs);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    skip(summary, 'unreadable', path);
    return undefined;
  }
  const head = buf.length > 8192 ? buf.subarray(0, 8192) : buf;
  if (head.includes(0)) {
    skip(summary, 'binary', path, buf.length);
    return undefined;
  }
  summary.filesRead++;
  summary.bytesRead += buf.length;
  return { source: { path, origin, absolute: abs }, bytes: buf };
}

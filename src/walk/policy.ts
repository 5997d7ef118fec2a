// The one admission policy every source applies: what is read, and why anything else is not. Each
// skip is counted with its reason and a few example paths, so nothing an agent could read is dropped
// silently — whether the text comes from the file system, a home credential store or a tarball entry.
import picomatch from 'picomatch';
import type { ScanSummary, SkipReason } from '../types.js';

/** What is read: declared once, passed unrenamed from the CLI, the audit and the Action to every source. */
export interface WalkPolicy {
  /** Glob patterns (relative to the root) to skip, from --exclude and the config file. */
  excludes: string[];
  /** Skip dependency and build folders (`--no-default-excludes` turns this off). */
  defaultExcludes: boolean;
  /** Larger files are skipped (`too-large`), counted. */
  maxFileSize: number;
}

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

export const DEFAULT_WALK: WalkPolicy = { excludes: [], defaultExcludes: true, maxFileSize: DEFAULT_MAX_FILE_SIZE };

/** Dependency and build output folders, skipped by default (`--no-default-excludes` reads them). */
export const DEPENDENCY_DIRS = new Set([
  'node_modules',
  'bower_components',
  'jspm_packages',
  '.venv',
  'venv',
  '.tox',
  '__pycache__',
  '.mypy_cache',
  '.pytest_cache',
  'vendor',
  'Pods',
  'Carthage',
  'dist',
  'build',
  'out',
  'target',
  '.next',
  '.nuxt',
  '.svelte-kit',
  '.turbo',
  '.parcel-cache',
  '.gradle',
  '.terraform',
  'coverage',
  '.yarn',
  '.pnpm-store',
  '.cache',
]);

// Extensions that are binary by definition: skipped without reading.
export const BINARY_EXT =
  /\.(?:png|jpe?g|gif|bmp|ico|webp|avif|tiff?|psd|pdf|zip|gz|tgz|bz2|xz|zst|7z|rar|tar|jar|war|ear|class|so|dylib|dll|exe|bin|o|a|lib|obj|pyc|pyo|whl|woff2?|ttf|otf|eot|mp[34]|m4a|mov|avi|mkv|webm|wav|flac|ogg|wasm|node|sqlite3?|db|parquet|npy|pt|onnx|DS_Store)$/i;

/** Bytes looked at for a NUL byte: a text file has none there. */
const SNIFF_BYTES = 8192;

export function emptySummary(root: string): ScanSummary {
  return {
    root,
    filesRead: 0,
    bytesRead: 0,
    skipped: { binary: 0, 'too-large': 0, 'dependency-folder': 0, unreadable: 0, excluded: 0, symlink: 0, 'special-file': 0 },
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

/**
 * The walk policy applied to one run, counting into its summary. A source asks it about each folder,
 * path, size and content in that order; a `false` answer has already been counted.
 */
export class Admission {
  private readonly excluded: (p: string) => boolean;
  /** Folders already counted as skipped (a tarball names a skipped folder once per entry inside it). */
  private readonly skippedFolders = new Set<string>();

  constructor(
    readonly policy: WalkPolicy,
    readonly summary: ScanSummary,
  ) {
    this.excluded = policy.excludes.length ? picomatch(policy.excludes, { dot: true }) : () => false;
  }

  /** Whether to descend into the folder at `rel` (posix, relative to the root; `name` its last segment). */
  folder(rel: string, name: string): boolean {
    if (this.excluded(rel) || this.excluded(rel + '/')) return this.skipFolder('excluded', rel);
    if (this.policy.defaultExcludes && DEPENDENCY_DIRS.has(name)) return this.skipFolder('dependency-folder', rel);
    return true;
  }

  /** For sources that list paths without folders (tarball entries): whether every folder above `path` is admitted. */
  ancestors(path: string): boolean {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) if (!this.folder(parts.slice(0, i).join('/'), parts[i - 1])) return false;
    return true;
  }

  /** Whether a file at `path` is read at all: not excluded, not binary by its extension. */
  path(path: string, checkExcludes = true): boolean {
    if (checkExcludes && this.excluded(path)) return this.count('excluded', path);
    if (BINARY_EXT.test(path)) return this.count('binary', path);
    return true;
  }

  /** Whether a file of `size` bytes is read. */
  size(path: string, size: number): boolean {
    return size > this.policy.maxFileSize ? this.count('too-large', path, size) : true;
  }

  /**
   * Whether the bytes read are text; counts them read (as files, unless `asFile` is false: a history blob is counted
   * by its source) when they are. `size`: the whole file's, when `bytes` is its first part.
   */
  content(path: string, bytes: Buffer, asFile = true, size = bytes.length): boolean {
    const head = bytes.length > SNIFF_BYTES ? bytes.subarray(0, SNIFF_BYTES) : bytes;
    if (head.includes(0)) return this.count('binary', path, size);
    if (asFile) this.read(bytes.length);
    return true;
  }

  /** A text that needs no admission (an environment variable) still counts as read. */
  read(bytes: number): void {
    this.summary.filesRead++;
    this.summary.bytesRead += bytes;
  }

  /** A FIFO, socket or device at `path`: never opened (a FIFO blocks its reader); counted unless excluded. */
  special(path: string): false {
    return this.count(this.excluded(path) ? 'excluded' : 'special-file', path);
  }

  /** A counted skip that is not a policy decision: an unreadable file, a link not followed. */
  count(reason: SkipReason, path: string, bytes = 0): false {
    skip(this.summary, reason, path, bytes);
    return false;
  }

  private skipFolder(reason: SkipReason, rel: string): false {
    const folder = rel + '/';
    if (this.skippedFolders.has(folder)) return false;
    this.skippedFolders.add(folder);
    return this.count(reason, folder);
  }
}

// The sources of what an agent can read, behind one interface: the workspace's files (everything its
// file tools would open — gitignored .env files, dotfiles, .git/config — not the git-tracked set), the
// home directory's credential stores, the inherited environment, and (src/audit) tarball entries. Each
// applies the one admission policy (./policy.ts), so a skip is counted the same way wherever it happens.
import { lstatSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Origin, TextInput } from '../types.js';
import { Admission } from './policy.js';

export { Admission, BINARY_EXT, DEFAULT_MAX_FILE_SIZE, DEFAULT_WALK, DEPENDENCY_DIRS, emptySummary, skip, type WalkPolicy } from './policy.js';
export type { TextInput as ReadText } from '../types.js';

/** A file on disk to read: its absolute path and the path shown in reports. */
export interface FileEntry {
  abs: string;
  path: string;
  origin?: Origin;
}

/**
 * Where texts come from. `texts` yields each admitted text in a stable order; a source whose texts are
 * files on disk also offers `files`, so the pipeline may read and detect them in worker threads.
 */
export interface Source {
  texts(admit: Admission): Iterable<TextInput> | AsyncIterable<TextInput>;
  files?(admit: Admission): Iterable<FileEntry>;
}

const toPosix = (p: string) => (sep === '/' ? p : p.split(sep).join('/'));

/** The files under `root` an agent can open. */
export function workspaceSource(root: string): Source {
  const files = (admit: Admission) => listWorkspace(root, admit);
  return {
    files,
    *texts(admit) {
      for (const e of files(admit)) {
        const r = readFile(e, admit);
        if (r) yield r;
      }
    },
  };
}

/** The files under the root an agent can open, without reading them; folder-level skips are counted. */
export function* listWorkspace(root: string, admit: Admission): Generator<FileEntry> {
  const stack: string[] = [root];
  while (stack.length) {
    const dir = stack.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      admit.count('unreadable', toPosix(relative(root, dir)) + '/');
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? 1 : -1));
    for (const e of entries) {
      const abs = join(dir, e.name);
      const rel = toPosix(relative(root, abs));
      if (e.isDirectory()) {
        if (e.name === '.git') {
          // Git's object store is not what an agent greps; its config holds remote URLs and extraheaders.
          yield { abs: join(abs, 'config'), path: `${rel}/config` };
          continue;
        }
        if (admit.folder(rel, e.name)) stack.push(abs);
      } else if (e.isFile()) {
        // Exclusion and a binary extension are decided here; size and content when the file is read.
        if (admit.path(rel)) yield { abs, path: rel };
      } else if (e.isSymbolicLink()) {
        admit.count('symlink', rel);
      }
    }
  }
}

/** Reads one file as text, or counts why not. Binary: a known binary extension or a NUL byte in the first 8 KiB. */
export function readFile(e: FileEntry, admit: Admission): TextInput | undefined {
  if (!admit.path(e.path, false)) return undefined;
  let buf: Buffer;
  try {
    const st = lstatSync(e.abs);
    if (!st.isFile()) return undefined;
    if (!admit.size(e.path, st.size)) return undefined;
    buf = readFileSync(e.abs);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    admit.count('unreadable', e.path);
    return undefined;
  }
  if (!admit.content(e.path, buf)) return undefined;
  return { source: { path: e.path, origin: e.origin ?? 'workspace', absolute: e.abs }, bytes: buf };
}

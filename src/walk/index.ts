// The sources of what an agent can read, behind one interface: the workspace's files (everything its
// file tools would open — gitignored .env files, dotfiles, .git/config — not the git-tracked set), the
// home directory's credential stores, the inherited environment, and (src/audit) tarball entries. Each
// applies the one admission policy (./policy.ts), so a skip is counted the same way wherever it happens.
import { lstatSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, sep } from 'node:path';
import type { Origin, TextInput } from '../types.js';
import type { Admission } from './policy.js';

export { Admission, BINARY_EXT, DEFAULT_MAX_FILE_SIZE, DEFAULT_WALK, DEPENDENCY_DIRS, emptySummary, skip, type WalkPolicy } from './policy.js';
export type { TextInput as ReadText } from '../types.js';

/**
 * A file on disk to read: the path it opens with and the path shown in reports. `abs` is the file
 * system's own bytes when a name on the way is not valid UTF-8 (a string would not open it again);
 * `path` then shows each invalid byte as `\xNN`.
 */
export interface FileEntry {
  abs: string | Buffer;
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

/**
 * The files under the root an agent can open, without reading them; folder-level skips are counted.
 * Names are read as bytes: Node's default decoding turns an invalid byte into U+FFFD, and the path it
 * makes no longer opens the file. FIFOs, sockets and devices are counted (`special-file`), never opened.
 */
export function* listWorkspace(root: string, admit: Admission): Generator<FileEntry> {
  const stack: Array<{ abs: string | Buffer; rel: string }> = [{ abs: root, rel: '' }];
  while (stack.length) {
    const dir = stack.pop()!;
    let entries: Array<{ entry: Dirent<Buffer>; name: string; exact: boolean }>;
    try {
      entries = readdirSync(dir.abs, { withFileTypes: true, encoding: 'buffer' }).map((entry) => ({ entry, ...nameText(entry.name) }));
    } catch {
      admit.count('unreadable', dir.rel + '/');
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? 1 : -1));
    for (const { entry: e, name, exact } of entries) {
      const abs = typeof dir.abs === 'string' && exact ? join(dir.abs, name) : joinBytes(dir.abs, e.name);
      const rel = dir.rel ? `${dir.rel}/${name}` : name;
      if (e.isDirectory()) {
        if (name === '.git') {
          // Git's object store is not what an agent greps; its config holds remote URLs and extraheaders.
          yield { abs: typeof abs === 'string' ? join(abs, 'config') : joinBytes(abs, Buffer.from('config')), path: `${rel}/config` };
          continue;
        }
        if (admit.folder(rel, name)) stack.push({ abs, rel });
      } else if (e.isFile()) {
        // Exclusion and a binary extension are decided here; size and content when the file is read.
        if (admit.path(rel)) yield { abs, path: rel };
      } else if (e.isSymbolicLink()) {
        admit.count('symlink', rel);
      } else {
        // A FIFO would block the reader, a socket or device is no file: counted, never opened.
        admit.special(rel);
      }
    }
  }
}

const joinBytes = (dir: string | Buffer, name: Buffer) => Buffer.concat([Buffer.from(dir), Buffer.from(sep), name]);

/**
 * A file name's bytes as text: UTF-8 where they are valid, each other byte as `\xNN`, so two names
 * never read the same unless they only differ by such an escape written out literally. `exact` is
 * false when a byte was escaped (the text does not name the file).
 */
export function nameText(bytes: Buffer): { name: string; exact: boolean } {
  let name = '';
  let exact = true;
  let start = 0;
  for (let i = 0; i < bytes.length; ) {
    const n = utf8Length(bytes, i);
    if (n) {
      i += n;
      continue;
    }
    name += bytes.toString('utf8', start, i) + `\\x${bytes[i].toString(16).padStart(2, '0')}`;
    exact = false;
    start = ++i;
  }
  return { name: name + bytes.toString('utf8', start), exact };
}

/** The length of the well-formed UTF-8 sequence at `i`, or 0 (Unicode 15, table 3-7: no overlong form, no surrogate, nothing above U+10FFFF). */
function utf8Length(b: Buffer, i: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  const cont = (j: number, lo = 0x80, hi = 0xbf) => j < b.length && b[j] >= lo && b[j] <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(i + 1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const [lo, hi] = c === 0xe0 ? [0xa0, 0xbf] : c === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return cont(i + 1, lo, hi) && cont(i + 2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const [lo, hi] = c === 0xf0 ? [0x90, 0xbf] : c === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return cont(i + 1, lo, hi) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  }
  return 0;
}

/** Reads one file as text, or counts why not. Binary: a known binary extension or a NUL byte in the first 8 KiB. */
export function readFile(e: FileEntry, admit: Admission): TextInput | undefined {
  if (!admit.path(e.path, false)) return undefined;
  let buf: Buffer;
  try {
    const st = lstatSync(e.abs);
    // Listed as a file, found as something else (a home store that is a link, a file replaced since): counted.
    if (!st.isFile()) {
      if (st.isSymbolicLink()) admit.count('symlink', e.path);
      else admit.special(e.path);
      return undefined;
    }
    if (!admit.size(e.path, st.size)) return undefined;
    // Past this, one file's text cannot be held as a string (V8 caps strings near 512 MiB; ERR_STRING_TOO_LONG):
    // a counted skip whatever --max-file-size says, never a crash.
    if (st.size > MAX_TEXT_BYTES) {
      admit.count('too-large', e.path, st.size);
      return undefined;
    }
    buf = utf16AsUtf8(readFileSync(e.abs));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    admit.count('unreadable', e.path);
    return undefined;
  }
  if (!admit.content(e.path, buf)) return undefined;
  // A name that is not UTF-8 has no string path to offer: `absolute` is left out rather than wrong.
  return { source: { path: e.path, origin: e.origin ?? 'workspace', ...(typeof e.abs === 'string' ? { absolute: e.abs } : {}) }, bytes: buf };
}

/** The largest file read as text: its UTF-8 decoding must fit in one string, twice over while it is made. */
export const MAX_TEXT_BYTES = 256 * 1024 * 1024;

/**
 * A UTF-16 text with its byte order mark (Windows editors and PowerShell's `>` write `.env` files so) as UTF-8:
 * its ASCII characters are half NUL bytes, and read as it is it would be skipped as binary, its credentials lost.
 */
export function utf16AsUtf8(buf: Buffer): Buffer {
  if (buf.length < 2 || buf.length % 2 !== 0) return buf;
  if (buf[0] === 0xff && buf[1] === 0xfe) return Buffer.from(buf.toString('utf16le', 2), 'utf8');
  if (buf[0] === 0xfe && buf[1] === 0xff) {
    const le = Buffer.from(buf.subarray(2));
    le.swap16();
    return Buffer.from(le.toString('utf16le'), 'utf8');
  }
  return buf;
}

// The sources of what an agent can read, behind one interface: the workspace's files (everything its
// file tools would open — gitignored .env files, dotfiles, .git/config — not the git-tracked set), the
// home directory's credential stores, the inherited environment, and (src/audit) tarball entries. Each
// applies the one admission policy (./policy.ts), so a skip is counted the same way wherever it happens.
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readFileSync, readSync, type Dirent, type Stats } from 'node:fs';
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
  /** The listing saw a regular file here (its folder entry's type): it is read without a stat first (`readListed`). */
  regular?: boolean;
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
    let entries: Array<{ entry: Dirent | Dirent<Buffer>; name: string; exact: boolean }>;
    try {
      entries = entriesOf(dir.abs);
    } catch {
      admit.count('unreadable', dir.rel + '/');
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? 1 : -1));
    for (const { entry: e, name, exact } of entries) {
      const abs = typeof dir.abs === 'string' && exact ? join(dir.abs, name) : joinBytes(dir.abs, e.name as Buffer);
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
        if (admit.path(rel)) yield { abs, path: rel, regular: true };
      } else if (e.isSymbolicLink()) {
        admit.count('symlink', rel);
      } else {
        // A FIFO would block the reader, a socket or device is no file: counted, never opened.
        admit.special(rel);
      }
    }
  }
}

/**
 * A folder's entries, each name as text (`nameText`). Names are read as UTF-8 first, and the folder again as bytes
 * only when one holds U+FFFD, what Node's decoding puts for a byte that is not UTF-8: a Buffer per name and
 * `nameText`'s walk over its bytes were a third of listing the bench tree's 11,000 files (issue 14).
 */
function entriesOf(abs: string | Buffer): Array<{ entry: Dirent | Dirent<Buffer>; name: string; exact: boolean }> {
  if (typeof abs === 'string') {
    const entries = readdirSync(abs, { withFileTypes: true });
    if (!entries.some((e) => e.name.includes('\uFFFD'))) return entries.map((entry) => ({ entry, name: entry.name, exact: true }));
  }
  return readdirSync(abs, { withFileTypes: true, encoding: 'buffer' }).map((entry) => ({ entry, ...nameText(entry.name) }));
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

/**
 * One buffer that files are read into in turn, for a caller done with each text before it reads the next (the
 * pipeline's detection loops): a new buffer per file, as `readFileSync` makes, cost a page fault per 4 KiB read and
 * an `fstat` per file (issue 14). A text read into it is valid until the next read.
 */
export class ReadBuffer {
  private buf = Buffer.allocUnsafe(0);

  /**
   * What `fd` reads to its end, in this buffer; undefined when that is more than `max` bytes. Only when the buffer fills
   * is the file measured (`size`): the buffer then grows to hold it, or the file is left unread past what was read.
   */
  fill(fd: number, max: number, size: () => number): Buffer | undefined {
    let n = 0;
    for (;;) {
      if (n === this.buf.length) {
        let want = 64 * 1024;
        if (n > 0) {
          if (n > max) return undefined;
          const bytes = size();
          if (bytes > max) return undefined;
          // Room for the whole file and the read that finds its end (or, should it grow meanwhile, twice as much).
          want = Math.max(bytes + 1, Math.min(n * 2, max + 1));
        }
        const grown = Buffer.allocUnsafe(want);
        this.buf.copy(grown, 0, 0, n);
        this.buf = grown;
      }
      const r = readSync(fd, this.buf, n, this.buf.length - n, null);
      if (r === 0) return this.buf.subarray(0, n);
      n += r;
    }
  }
}

/**
 * How `readListed` opens a file: never through a link, never blocking; undefined where the platform has no such flags
 * (Windows), and files are measured first there.
 */
const LISTED_FLAGS = constants.O_NOFOLLOW !== undefined && constants.O_NONBLOCK !== undefined ? constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK : undefined;

/** `readListed`'s answer for a file longer than it reads whole: the caller measures it and reads it as any other. */
const LONGER = Symbol('longer');

/**
 * A file the listing saw as a regular file, read to its end into `reuse` without a stat first: a stat per file (a
 * second walk of its path, and on Node 20 a Stats object with four Dates, whose code V8 compiled anew in each thread)
 * was ~4 % of a bench-tree scan's CPU (issue 14). Opened without following a link (one put in its place since the
 * listing is counted as a link, as a stat would have) and without blocking (a FIFO put in its place since reads as
 * empty; one there when the tree was listed is never opened). LONGER past `cap` bytes.
 */
function readListed(e: FileEntry, admit: Admission, cap: number, reuse: ReadBuffer, flags: number): TextInput | undefined | typeof LONGER {
  if (!admit.path(e.path, false)) return undefined;
  let fd: number;
  try {
    fd = openSync(e.abs, flags);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') admit.count('symlink', e.path);
    else if (code !== 'ENOENT') admit.count('unreadable', e.path);
    return undefined;
  }
  let buf: Buffer | undefined;
  try {
    buf = reuse.fill(fd, cap, () => fstatSync(fd).size);
  } catch (err) {
    // A folder put in its place since the listing is no file; other errors leave it unread.
    if ((err as NodeJS.ErrnoException).code === 'EISDIR') admit.special(e.path);
    else admit.count('unreadable', e.path);
    return undefined;
  } finally {
    closeSync(fd);
  }
  if (!buf || buf.length > cap) return LONGER;
  return admitted(e, admit, buf);
}

/** The file measured at `size` bytes, read to its end into `reuse` (all of it should it have grown since, within MAX_TEXT_BYTES). */
function readMeasured(abs: string | Buffer, size: number, reuse: ReadBuffer): Buffer {
  const fd = openSync(abs, 'r');
  try {
    const buf = reuse.fill(fd, MAX_TEXT_BYTES, () => size);
    if (!buf) throw new Error('grew past the largest text');
    return buf;
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads one file as text, or counts why not. Binary: a known binary extension or a NUL byte in the first 8 KiB.
 * `stat`: the file's, when the caller has just read it; `reuse`: read into that buffer (see `ReadBuffer`).
 */
export function readFile(e: FileEntry, admit: Admission, stat?: Stats, reuse?: ReadBuffer): TextInput | undefined {
  if (!admit.path(e.path, false)) return undefined;
  let raw: Buffer;
  try {
    const st = stat ?? lstatSync(e.abs);
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
    // A file its size does not describe (an empty-looking special file) is read to its end.
    raw = reuse && st.size > 0 ? readMeasured(e.abs, st.size, reuse) : readFileSync(e.abs);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    admit.count('unreadable', e.path);
    return undefined;
  }
  return admitted(e, admit, raw);
}

/** A whole file's bytes as its text (UTF-16 as UTF-8), if its content is admitted (not binary). */
function admitted(e: FileEntry, admit: Admission, raw: Buffer): TextInput | undefined {
  const bytes = utf16AsUtf8(raw);
  return admit.content(e.path, bytes) ? { source: sourceOf(e), bytes } : undefined;
}

/** Where a file's texts come from. A name that is not UTF-8 has no string path to offer: `absolute` is left out rather than wrong. */
function sourceOf(e: FileEntry): TextInput['source'] {
  return { path: e.path, origin: e.origin ?? 'workspace', ...(typeof e.abs === 'string' ? { absolute: e.abs } : {}) };
}

/** The largest file `readFile` reads as one text: its UTF-8 decoding must fit in one string, twice over while it is made. */
export const MAX_TEXT_BYTES = 256 * 1024 * 1024;

/**
 * Above this size a file is read in parts of this size (`readTexts`), so memory stays bounded by the part, not
 * the file (a 200 MB file took 533 MB read whole), and no size is too large to hold as a string.
 */
export const PART_BYTES = 8 * 1024 * 1024;
/**
 * How much consecutive parts share, at least: more than the longest match a detector makes or looks ahead for
 * (a PEM block's END is looked for within 64 KiB of its BEGIN; a value's name is read back 200 characters, a
 * check's line 1 KiB), so a credential across a boundary is whole in one part. A detector that pairs values
 * from anywhere in the text (a key id with its secret) pairs them within a part.
 */
export const PART_OVERLAP = 256 * 1024;

/**
 * A file's texts: the file as one text (`readFile`), or above `PART_BYTES` its parts, each `PART_BYTES` long
 * and overlapping the next by at least `PART_OVERLAP`, starting at a line's start where one is near. Admission
 * is the same (size limit, binary sniff of the first 8 KiB); the file is counted read once. `reuse`: a file read
 * whole is read into it (see `ReadBuffer`).
 */
export function* readTexts(e: FileEntry, admit: Admission, partBytes = PART_BYTES, overlap = PART_OVERLAP, reuse?: ReadBuffer): Generator<TextInput> {
  if (e.regular && reuse && LISTED_FLAGS !== undefined) {
    // Most files: read whole, unmeasured. One longer than it may be read whole is measured below, as any other.
    const t = readListed(e, admit, Math.min(admit.policy.maxFileSize, partBytes), reuse, LISTED_FLAGS);
    if (t !== LONGER) {
      if (t) yield t;
      return;
    }
  }
  let size = 0;
  let st: Stats | undefined;
  try {
    st = lstatSync(e.abs);
    if (st.isFile()) size = st.size;
  } catch {
    // Gone or unreadable: readFile says which.
  }
  if (size <= partBytes) {
    const t = readFile(e, admit, st, reuse);
    if (t) yield t;
    return;
  }
  if (!admit.path(e.path, false) || !admit.size(e.path, size)) return;
  let fd: number;
  try {
    fd = openSync(e.abs, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') admit.count('unreadable', e.path);
    return;
  }
  const source = sourceOf(e);
  let counted = false;
  try {
    let start = 0;
    let at = { line: 1, column: 1 };
    while (start < size) {
      const want = Math.min(size, start + partBytes) - start;
      const buf = readAt(fd, start, want);
      if (start === 0) {
        // A UTF-16 file (its byte order mark) cannot be cut at byte offsets found for UTF-8: said, not misread.
        if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
          admit.count('too-large', e.path, size);
          return;
        }
        if (!admit.content(e.path, buf, false, size)) return;
        admit.read(size);
        counted = true;
      }
      // The last part, or the file shrank while it was read.
      if (buf.length < want || start + buf.length >= size) {
        yield { source, bytes: buf, part: { ...at } };
        return;
      }
      // The next part starts after the last line break in [end - 2 × overlap, end - overlap], else at end - overlap.
      const hi = buf.length - overlap;
      const nl = buf.lastIndexOf(0x0a, hi - 1);
      const cut = nl >= hi - overlap && nl >= 0 ? nl + 1 : hi;
      const before = buf.toString('utf8', 0, cut);
      let lines = 0;
      let last = -1;
      for (let i = before.indexOf('\n'); i >= 0; i = before.indexOf('\n', i + 1)) {
        lines++;
        last = i;
      }
      const until = { line: lines + 1, column: before.length - last };
      yield { source, bytes: buf, part: { ...at, until } };
      at = lines === 0 ? { line: at.line, column: at.column + until.column - 1 } : { line: at.line + lines, column: until.column };
      start += cut;
    }
  } catch {
    // A read that fails after the first part leaves the parts already read counted as the file.
    if (!counted) admit.count('unreadable', e.path);
  } finally {
    closeSync(fd);
  }
}

/** `length` bytes of the file at `position` (fewer if it shrank meanwhile). */
function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.allocUnsafe(length);
  let n = 0;
  while (n < length) {
    const r = readSync(fd, buf, n, length - n, position + n);
    if (r === 0) break;
    n += r;
  }
  return n < length ? buf.subarray(0, n) : buf;
}

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

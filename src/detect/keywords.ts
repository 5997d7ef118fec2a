// Aho–Corasick over lower-cased ASCII: one pass per text finds every keyword, overlapping ones
// included, in time linear in the text. A case-insensitive regex alternation of ~150 literals was
// the scan's hot spot on the benchmark tree (2.3 s of 4.2 s); this loop is a table lookup per character.
// A file's bytes are walked by WebAssembly (keywords.wat): as JavaScript the loop cost 2.4 ns a byte at
// best, typed-array bounds checks and spilled registers, and it was a third of a scan's CPU (issue 14).
import { isAscii } from 'node:buffer';
import { isBase64Char, isPrintableLead } from './decode.js';
import { KEYWORDS_WASM } from './keywords-wasm.js';

const ALPHABET = 128;
/** Texts of this many bytes or more are scanned as `STREAMS` interleaved quarters (see `scanStreams`). */
const SPLIT_BYTES = 4096;
const STREAMS = 4;
/**
 * Bytes per stream in one call of the WebAssembly loops. A byte makes at most one record of 8 bytes, so the records
 * of one call fit in `RECORD_BYTES` after the text, whatever the text holds.
 */
const CALL_BYTES = 16384;
/** The room for one call's records, after the text in the module's memory. */
const RECORD_BYTES = STREAMS * CALL_BYTES * 8;
/** Where the DFA's rows start in the module's memory; below them, each byte's class times 4 (keywords.wat). */
const TABLE = 1024;
/** The longest valid UTF-8 text `decodeUtf8` decodes: its output, at most twice as many bytes, follows the records. */
const DECODE_BYTES = 1 << 20;
/** The output room the module's memory starts with: texts of up to this many bytes decode without growing it. */
const DECODE_START = 1 << 18;
/** Where the loops keep four states and four counts (keywords.wat): `state[0..3]`, `state[4..7]`. */
const STATE = 256;
const PAGE = 65536;
/** Where each byte's flags for `marks` are (keywords.wat): 1 base64, 2 first of base64 of printable text, 4 blank, 8 quote. */
const MARK_FLAGS = 512;
/** Bytes searched for base64 marks per call of `marks`: a byte makes at most one record of 8 bytes (`RECORD_BYTES`). */
const MARK_BYTES = RECORD_BYTES / 8;
/** Per UTF-8 byte, the UTF-16 units it does not make: a continuation byte none (1), a four-byte lead two (-1). */
const EXTRA_UNITS = Int8Array.from({ length: 256 }, (_, c) => (c >= 0x80 && c < 0xc0 ? 1 : c >= 0xf0 ? -1 : 0));

/** keywords.wat's exports. */
interface Loops {
  warm(p: number, n: number, s: number): number;
  one(p: number, n: number, s: number, end: number, out: number): number;
  quad(p: number, q: number, n: number, end: number, out: number, stride: number): void;
  units(p: number, n: number): number;
  utf16(p: number, n: number, out: number): number;
  remap(src: number, n: number, shift: number, rank: number, dst: number, rowShift: number): void;
  marks(p: number, e: number, t: number, out: number): number;
}

let compiled: WebAssembly.Module | null | undefined;

/** Whether this machine stores numbers little-end first, as WebAssembly's memory always does. */
export const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/**
 * The loops' module, compiled once per thread; null where WebAssembly is not available (`node --jitless`), and on a
 * big-endian machine (Node runs on s390x): the typed arrays that read the module's records and lay out its table
 * use the machine's byte order, the module little-end first.
 */
export function loopsModule(littleEndian = LITTLE_ENDIAN): WebAssembly.Module | null {
  if (!littleEndian) return null;
  if (compiled === undefined) {
    try {
      compiled = new WebAssembly.Module(Buffer.from(KEYWORDS_WASM, 'base64'));
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

/** An ASCII character's flags for keywords.wat's `marks` (see `MARK_FLAGS`), as src/detect/decode.ts tests them. */
function markFlags(c: number): number {
  return (isBase64Char(c) ? 1 : 0) | (isPrintableLead(c) ? 2 : 0) | (c === 32 || c === 9 ? 4 : 0) | (c === 34 || c === 39 ? 8 : 0);
}

export class KeywordMatcher {
  /**
   * The DFA, in the module's memory (or a plain buffer without WebAssembly) from byte `TABLE` on: a state is the byte
   * offset of its row, a row one 32-bit entry per character class (`classOf`), each the next state. States that end a
   * keyword are numbered from a power of two, so one bit of a state (`endBit`) says so; the others come first,
   * breadth-first. A view of the rows from `TABLE` on (renewed when the memory grows).
   */
  private rows!: Int32Array;
  private bytes!: Uint8Array;
  /** The loops' states and counts (see `STATE`). */
  private state!: Int32Array;
  private readonly memory?: WebAssembly.Memory;
  private readonly loops?: Loops;
  /** log2 of a row's bytes: a state's row number is `state >> rowShift`. */
  private readonly rowShift: number;
  private readonly endBit: number;
  /** A text character's class: that of its lower-case form when a keyword holds it, else 0. */
  private readonly classOf: Uint8Array;
  /** `classOf` over bytes: a non-ASCII byte's class is 0. */
  private readonly byteClass: Uint8Array;
  /** For each row, the keyword indexes that end in its state (through failure links too). */
  private readonly out: number[][];
  /** The longest keyword's length: a stream of `scanStreams` starts this many bytes less one before its share. */
  private readonly longest: number;
  /** Where a text's bytes are copied in the module's memory, and how many fit before the records. */
  private readonly text: number;
  private room = 0;
  /** Per stream of `scanStreams`, the keywords it met and where they end, in its order (reused from text to text). */
  private found = Array.from({ length: STREAMS }, () => new Int32Array(256));
  /** While a text is handed out: whether it is ASCII, and its UTF-8 bytes counted so far and how many extra they were. */
  private ascii = true;
  private counted = 0;
  private extra = 0;
  private current: Uint8Array = new Uint8Array(0);
  /** The bytes last copied into the module's memory (`load`). */
  private loaded?: Uint8Array;

  /** `wasm: false` scans bytes in JavaScript, as where WebAssembly is not available (the tests compare the two). */
  constructor(
    readonly keywords: string[],
    options: { wasm?: boolean } = {},
  ) {
    // A class per character the keywords hold; every other character (class 0) leads where a character no keyword holds would.
    const keywordClass = new Uint8Array(ALPHABET);
    let classes = 1;
    for (const k of keywords) {
      for (let i = 0; i < k.length; i++) {
        const c = k.charCodeAt(i);
        if (c >= ALPHABET) throw new Error(`keyword "${k}" must be ASCII`);
        if (keywordClass[c] === 0) keywordClass[c] = classes++;
      }
    }
    this.classOf = Uint8Array.from({ length: ALPHABET }, (_, c) => keywordClass[c >= 65 && c <= 90 ? c + 32 : c]);
    const shift = Math.max(1, Math.ceil(Math.log2(classes)));
    const width = 1 << shift;
    // The trie's edges as linked lists in typed arrays (state → its first edge; edge → the next one, its
    // class, its target). This runs once per process, before V8 has optimised anything: Maps and
    // their iterators here were a tenth of a small scan's start-up (issue 14).
    const cap = keywords.reduce((n, k) => n + k.length, 1);
    const firstEdge = new Int32Array(cap).fill(-1);
    const nextEdge = new Int32Array(cap);
    const edgeChar = new Uint8Array(cap);
    const outs: number[][] = [[]];
    let n = 1;
    keywords.forEach((k, ki) => {
      let s = 0;
      for (let i = 0; i < k.length; i++) {
        const c = keywordClass[k.charCodeAt(i)];
        let e = firstEdge[s];
        while (e !== -1 && edgeChar[e] !== c) e = nextEdge[e];
        if (e === -1) {
          // Each state but the root has one incoming edge: edge t leads to state t.
          e = n++;
          edgeChar[e] = c;
          nextEdge[e] = firstEdge[s];
          firstEdge[s] = e;
          outs.push([]);
        }
        s = e;
      }
      outs[s].push(ki);
    });
    // Breadth-first: failure links, then a full DFA table so matching never follows a link at run time.
    // A state's row is its failure state's row (complete: that state is shallower) with its own edges over it.
    const fail = new Int32Array(n);
    const next = n <= 0xffff ? new Uint16Array(n * width) : new Int32Array(n * width);
    const queue = new Int32Array(n);
    let tail = 0;
    for (let e = firstEdge[0]; e !== -1; e = nextEdge[e]) {
      next[edgeChar[e]] = e;
      queue[tail++] = e;
    }
    for (let qi = 0; qi < tail; qi++) {
      const s = queue[qi];
      const f = fail[s];
      if (outs[f].length) outs[s] = outs[s].concat(outs[f]);
      next.copyWithin(s * width, f * width, f * width + width);
      for (let e = firstEdge[s]; e !== -1; e = nextEdge[e]) {
        fail[e] = next[f * width + edgeChar[e]];
        next[s * width + edgeChar[e]] = e;
        queue[tail++] = e;
      }
    }
    // Rows: the states that end no keyword first, breadth-first (the root and the shallow states, where the automaton
    // spends nearly every byte, share the table's first rows), then those that end one, from `ends` on.
    // Indexed loops and native fills: this runs once per process before V8 has optimised anything, where an
    // iterator or a callback per state cost milliseconds of every scan's start-up.
    let plain = 1;
    for (let qi = 0; qi < tail; qi++) if (!outs[queue[qi]].length) plain++;
    let ends = 1;
    while (ends < Math.max(plain, n - plain)) ends *= 2;
    const rank = new Int32Array(n);
    let a = 1;
    let b = ends;
    for (let qi = 0; qi < tail; qi++) rank[queue[qi]] = outs[queue[qi]].length ? b++ : a++;
    const rowShift = shift + 2;
    this.rowShift = rowShift;
    this.endBit = ends << rowShift;
    this.text = TABLE + (b << rowShift);
    // The rows are renumbered where they are walked (`remap`): the text's room holds the old table meanwhile.
    this.room = Math.ceil(Math.max(1 << 20, next.byteLength + rank.byteLength) / PAGE) * PAGE;
    const mod = options.wasm === false ? null : loopsModule();
    this.out = new Array<number[]>(b).fill(outs[0]);
    for (let qi = 0; qi < tail; qi++) this.out[rank[queue[qi]]] = outs[queue[qi]];
    if (mod) {
      this.memory = new WebAssembly.Memory({ initial: Math.ceil((this.text + this.room + RECORD_BYTES + 2 * DECODE_START) / PAGE) });
      this.loops = new WebAssembly.Instance(mod, { abr: { memory: this.memory } }).exports as unknown as Loops;
    }
    this.views(this.memory?.buffer ?? new ArrayBuffer(this.text));
    // The module renumbers a 16-bit table in well under a millisecond; JavaScript took 10 (a matcher of 65,536 states
    // or more, or one without WebAssembly, takes that path).
    if (this.loops && next instanceof Uint16Array) {
      new Uint16Array(this.rows.buffer, this.text, next.length).set(next);
      new Int32Array(this.rows.buffer, this.text + next.byteLength, n).set(rank);
      this.loops.remap(this.text, n, shift, this.text + next.byteLength, TABLE, rowShift);
    } else {
      for (let s = 0; s < n; s++) for (let c = 0; c < width; c++) this.rows[(rank[s] << shift) + c] = rank[next[s * width + c]] << rowShift;
    }
    this.byteClass = Uint8Array.from({ length: 256 }, (_, c) => (c < ALPHABET ? this.classOf[c] : 0));
    for (let c = 0; c < 256; c++) this.bytes[c] = this.byteClass[c] * 4;
    if (this.loops) for (let c = 0; c < 128; c++) this.bytes[MARK_FLAGS + c] = markFlags(c);
    this.longest = keywords.reduce((n, k) => Math.max(n, k.length), 1);
  }

  /** What walks a text's bytes: WebAssembly, or JavaScript where it is not available (or `wasm: false`). */
  get engine(): 'wasm' | 'js' {
    return this.loops ? 'wasm' : 'js';
  }

  private views(buffer: ArrayBufferLike): void {
    this.bytes = new Uint8Array(buffer);
    this.rows = new Int32Array(buffer, TABLE);
    this.state = new Int32Array(buffer, STATE, 8);
  }

  /** Copies `bytes` into the module's memory at `text`, growing it when they and the records do not fit. */
  private load(bytes: Uint8Array): void {
    if (bytes.length > this.room) {
      this.room = Math.ceil(bytes.length / PAGE) * PAGE;
      this.reach(this.text + this.room + RECORD_BYTES);
    }
    this.bytes.set(bytes, this.text);
    this.loaded = bytes;
  }

  /** Grows the module's memory to hold `end` bytes at least. */
  private reach(end: number): void {
    const have = this.memory!.buffer.byteLength;
    if (end <= have) return;
    this.memory!.grow(Math.ceil((end - have) / PAGE));
    this.views(this.memory!.buffer);
  }

  /**
   * `bytes`, valid UTF-8 (the caller checked: what else is decoded is V8's to replace), as the string
   * `toString('utf8')` makes, decoded by the module and copied out as UTF-16: V8's decoder took 2.7 ns a byte over
   * the bench tree's files that are ASCII but for a few characters, this 1.7 (issue 14). Only texts of up to
   * `DECODE_BYTES`, whose output the memory grows to hold (and keeps: a module's memory never shrinks): at 1 MiB the
   * bench tree's peak memory stayed within 3 MiB, at 4 MiB it grew by 13 (190 -> 203) and past 256 MiB on four times
   * the tree; a larger text decoded in parts and joined held each part and the whole at once (190 -> 220 MiB).
   * Undefined for those, and without WebAssembly.
   */
  decodeUtf8(bytes: Uint8Array): string | undefined {
    const loops = this.loops;
    if (!loops || bytes.length > DECODE_BYTES) return undefined;
    if (this.loaded !== bytes) this.load(bytes);
    const out = this.text + this.room + RECORD_BYTES;
    this.reach(out + 2 * bytes.length);
    const units = loops.utf16(this.text, bytes.length, out);
    return Buffer.from(this.bytes.buffer, out, 2 * units).toString('utf16le');
  }

  /**
   * Where a base64 value may follow a mark in `bytes` (valid UTF-8, `ascii` when they are ASCII), as `encodedSpans`
   * (src/detect/decode.ts) would look for it: for each of its marks in order (`:`, `=`, `Basic `), the offsets just
   * past the mark, in UTF-16 units, where what follows passes its first checks. Searched by the module, sixteen
   * bytes at a time, where the bytes already are after `scanBytes`; undefined without WebAssembly.
   */
  markedOffsets(bytes: Uint8Array, ascii: boolean): number[][] | undefined {
    const loops = this.loops;
    if (!loops) return undefined;
    if (this.loaded !== bytes) this.load(bytes);
    this.begin(bytes, ascii);
    const out: number[][] = [[], [], []];
    const at = this.recordsAt(bytes.length);
    const records = new Int32Array(this.bytes.buffer, at, 2 * MARK_BYTES);
    const end = this.text + bytes.length;
    for (let off = 0; off < bytes.length; off += MARK_BYTES) {
      const k = loops.marks(this.text + off, Math.min(end, this.text + off + MARK_BYTES), end, at);
      for (let r = 0; r < 2 * k; r += 2) out[records[r + 1]].push(this.units(records[r] - this.text));
    }
    return out;
  }

  /** Where the records of one call go: after the text, 8-aligned. */
  private recordsAt(length: number): number {
    return (this.text + length + 7) & ~7;
  }

  /** Starts handing out the hits of one text: `bytes`' offsets are given in their decoding's UTF-16 units. */
  private begin(bytes: Uint8Array, ascii: boolean): void {
    this.current = bytes;
    this.ascii = ascii;
    this.counted = 0;
    this.extra = 0;
  }

  /** A byte offset of the current text (handed out in increasing order) in UTF-16 units. */
  private units(end: number): number {
    if (this.ascii) return end;
    if (end > this.counted) {
      if (this.loops) this.extra += this.loops.units(this.text + this.counted, end - this.counted);
      else for (let p = this.counted; p < end; p++) this.extra += EXTRA_UNITS[this.current[p]];
      this.counted = end;
    }
    return end - this.extra;
  }

  /** Hands `hit` the keywords of row `row`, ending at byte `end`; true when it asks to stop. */
  private give(row: number, end: number, hit: (keyword: number, end: number) => boolean | void, seen: Uint8Array | undefined): boolean {
    const o = this.out[row];
    for (let j = 0; j < o.length; j++) {
      // With `seen`, only a keyword's first occurrence is reported (the prefilter needs no more), unless its
      // entry is 2: then every one is.
      if (seen !== undefined) {
        const v = seen[o[j]];
        if (v === 1) continue;
        if (v === 0) seen[o[j]] = 1;
      }
      if (hit(o[j], this.units(end))) return true;
    }
    return false;
  }

  /**
   * As `scan`, over UTF-8 bytes: no string is built for a file that holds no keyword. The offsets are those in the
   * bytes' decoding (UTF-16 units), exact when the bytes are valid UTF-8.
   */
  scanBytes(bytes: Uint8Array, hit: (keyword: number, end: number) => boolean | void, seen: Uint8Array, ascii = isAscii(bytes)): void {
    this.begin(bytes, ascii);
    const loops = this.loops;
    if (!loops) {
      this.scanJs(bytes, this.byteClass, hit, seen);
      return;
    }
    this.load(bytes);
    if (bytes.length >= SPLIT_BYTES && bytes.length / STREAMS > this.longest) {
      this.scanStreams(bytes.length, hit, seen, loops);
      return;
    }
    const at = this.recordsAt(bytes.length);
    const rows = this.rows;
    const i32 = new Int32Array(rows.buffer, at, 2 * CALL_BYTES);
    let s = 0;
    for (let off = 0; off < bytes.length; off += CALL_BYTES) {
      const k = loops.one(this.text + off, Math.min(CALL_BYTES, bytes.length - off), s, this.endBit, at);
      s = this.state[0];
      for (let r = 0; r < 2 * k; r += 2) if (this.give(i32[r] >> this.rowShift, i32[r + 1] - this.text, hit, seen)) return;
    }
  }

  /**
   * `scanBytes` over a longer text: four quarters as four automata in one loop (keywords.wat's `quad`). A quarter's
   * automaton starts `longest - 1` bytes early, reporting nothing there, so a keyword across a boundary is found
   * once, by the quarter it ends in. What each meets is kept, then handed to `hit` in one pass's order.
   */
  private scanStreams(len: number, hit: (keyword: number, end: number) => boolean | void, seen: Uint8Array, loops: Loops): void {
    const q = Math.floor(len / STREAMS);
    const lead = this.longest - 1;
    const text = this.text;
    // Each quarter's own `seen`: a keyword is kept once per quarter unless its every occurrence is wanted.
    const seens = [seen.slice(), seen.slice(), seen.slice(), seen.slice()];
    const count = [0, 0, 0, 0];
    const state = this.state;
    state[0] = 0;
    state[1] = loops.warm(text + q - lead, lead, 0);
    state[2] = loops.warm(text + 2 * q - lead, lead, 0);
    state[3] = loops.warm(text + 3 * q - lead, lead, 0);
    const at = this.recordsAt(len);
    const stride = CALL_BYTES * 8;
    const i32 = new Int32Array(this.rows.buffer, at, 2 * CALL_BYTES * STREAMS);
    for (let off = 0; off < q; off += CALL_BYTES) {
      loops.quad(text + off, q, Math.min(CALL_BYTES, q - off), this.endBit, at, stride);
      for (let k = 0; k < STREAMS; k++) this.keepAll(k, i32, k * 2 * CALL_BYTES, state[4 + k], seens[k], count);
    }
    let s3 = state[3];
    for (let off = STREAMS * q; off < len; off += CALL_BYTES) {
      const k = loops.one(text + off, Math.min(CALL_BYTES, len - off), s3, this.endBit, at);
      s3 = state[0];
      this.keepAll(3, i32, 0, k, seens[3], count);
    }
    for (let k = 0; k < STREAMS; k++) {
      const f = this.found[k];
      for (let j = 0; j < count[k]; j += 2) {
        const o = f[j];
        const v = seen[o];
        if (v === 1) continue;
        if (v === 0) seen[o] = 1;
        if (hit(o, this.units(f[j + 1]))) return;
      }
    }
  }

  /** Keeps what quarter `k` met, from `n` records at `records[from]` (see `scanStreams`). */
  private keepAll(k: number, records: Int32Array, from: number, n: number, seen: Uint8Array, count: number[]): void {
    const text = this.text;
    for (let r = from; r < from + 2 * n; r += 2) this.keep(k, records[r] >> this.rowShift, records[r + 1] - text, seen, count);
  }

  /** Keeps what quarter `k` met at row `row` (see `scanStreams`), each keyword once unless `seen` wants every occurrence. */
  private keep(k: number, row: number, end: number, seen: Uint8Array, count: number[]): void {
    const o = this.out[row];
    for (let j = 0; j < o.length; j++) {
      const v = seen[o[j]];
      if (v === 1) continue;
      if (v === 0) seen[o[j]] = 1;
      let f = this.found[k];
      const n = count[k];
      if (n + 2 > f.length) {
        const grown = new Int32Array(f.length * 2);
        grown.set(f);
        this.found[k] = f = grown;
      }
      f[n] = o[j];
      f[n + 1] = end;
      count[k] = n + 2;
    }
  }

  /** The automaton in JavaScript over `units` (a string's char codes or bytes), each through `classes`. */
  private scanJs(units: Uint8Array | string, classes: Uint8Array, hit: (keyword: number, end: number) => boolean | void, seen: Uint8Array | undefined): void {
    const rows = this.rows;
    const endBit = this.endBit;
    const rowShift = this.rowShift;
    const len = units.length;
    const str = typeof units === 'string' ? units : undefined;
    let s = 0;
    for (let i = 0; i < len; i++) {
      const c = str !== undefined ? str.charCodeAt(i) : (units as Uint8Array)[i];
      if (c >= ALPHABET) {
        // Keywords are ASCII: a character beyond it (or a byte of one) leads every state back to the root.
        s = 0;
        continue;
      }
      s = rows[(s >> 2) | classes[c]];
      if ((s & endBit) !== 0 && this.give(s >> rowShift, i + 1, hit, seen)) return;
    }
  }

  /**
   * Calls `hit(keywordIndex, endOffset)` for every occurrence. Stops early when `hit` returns true.
   * Non-ASCII characters reset the automaton (keywords are ASCII).
   */
  scan(text: string, hit: (keyword: number, end: number) => boolean | void, seen?: Uint8Array): void {
    this.ascii = true;
    this.scanJs(text, this.classOf, hit, seen);
  }
}
